// ast_dump.h — prints the tree at any stage (-dump=ast|types|walk).
#pragma once

#include <ostream>
#include <string>

#include "frontend/ast.h"

namespace minigo {

// funcFilter: only functions whose name (as in Func::name, or its last
// component) equals it; empty for all. withTypes adds each node's type.
void dumpPackage(std::ostream& os, Package* pkg, const std::string& funcFilter, bool withTypes);

// Go source form of an expression or simple statement, shortened as gc's
// syntax.String does ("x := 1", "T{…}", "func(){…}"); for messages.
std::string syntaxString(Node* n);

}  // namespace minigo
