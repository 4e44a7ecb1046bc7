// stages.h — the front end's stages, in pipeline order. Each has one job and
// a textual dump (see ast_dump.h). src/cmd/main.cpp drives them.
#pragma once

#include <ostream>
#include <string>

#include "frontend/ast.h"
#include "frontend/diag.h"

namespace minigo {

// Lexer + parser (ANTLR, SLL then LL) + AST builder. Syntax errors go to diags
// as "syntax error: ..." in gc's wording. Returns false on syntax errors.
bool parseFile(const std::string& src, Package* pkg, Diagnostics& diags);

// Scopes, types, untyped constants, method sets, assignability, init order.
// Rewrites ops to their resolved form. Returns false on errors.
void initUniverse();
bool typecheck(Package* pkg, Diagnostics& diags);

// Decides which variables move to the heap (address taken and may outlive the
// frame, captured by reference by a closure). With report=true prints gc's
// -m lines ("file.go:L:C: moved to heap: x") to os.
void escapeAnalysis(Package* pkg, bool report, std::ostream& os);

// Lowering passes (order, range, make/new, select, defer, closures, string
// and map ops to runtime calls, switch). Rewrites the tree in place.
void walk(Package* pkg);

}  // namespace minigo
