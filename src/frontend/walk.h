// walk.h — the lowering passes (see walk.cpp); stages.h declares walk(pkg).
#pragma once

#include "frontend/ast.h"

namespace minigo {

// Lowers one function's body in place.
void walkFunc(Func* fn);

}  // namespace minigo

#include <functional>

namespace minigo {

// walk_defer.cpp: ODEFER → deferproc(func value) with a wrapper closure
// (rewrite/temp are the walker's), ORECOVER → gorecover(getcallersp()).
Node* walkDefer(Node* n, Func* curfn, const std::function<Node*(Node*)>& rewrite,
                const std::function<Node*(Type*, Pos)>& temp);
Node* walkRecover(Node* n);
// The wrappers made so far (walk adds them to Package::funcs and walks them).
std::vector<Func*> takeDeferWrappers();

}  // namespace minigo
