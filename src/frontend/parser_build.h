// parser_build.h — the AST builder: turns the ANTLR parse tree into minigo's
// Node tree following the conventions at the end of ast.h.
#pragma once

#include <string>
#include <vector>

#include "GoParser.h"
#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/lexer.h"

namespace minigo {

// Builds pkg from the parse tree. Syntax errors the grammar leaves to the
// builder (gc reports them from its parser too: missing if condition, mixed
// named and unnamed parameters, ...) and malformed literals are appended to
// errs. The tree may contain error-recovery holes: every accessor result is
// checked.
void buildAst(minigo_grammar::GoParser::SourceFileContext* tree, antlr4::TokenStream* tokens, const PosMap& pm,
              Package* pkg, std::vector<Diagnostic>& errs);

}  // namespace minigo
