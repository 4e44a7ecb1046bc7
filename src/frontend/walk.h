// walk.h — the lowering passes (see walk.cpp); stages.h declares walk(pkg).
#pragma once

#include "frontend/ast.h"

namespace minigo {

// Lowers one function's body in place.
void walkFunc(Func* fn);

}  // namespace minigo
