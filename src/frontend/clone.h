// clone.h — deep copy of an unchecked AST subtree (clone.cpp).
#pragma once

#include "frontend/ast.h"

namespace minigo {

// Copies n and everything below it, including the Funcs of ODCLFUNC and
// OFUNCLIT nodes. Only for trees typecheck has not touched yet.
Node* cloneNode(Node* n);

}  // namespace minigo
