// clone.cpp — deep copy of an unchecked AST subtree.
//
// Generic declarations are instantiated by type-checking a fresh copy of
// their tree per type-argument list (typecheck_generic.cpp), so the copy must
// share no Node or Func with the original: typecheck rewrites nodes in place.
#include "frontend/clone.h"

namespace minigo {

static Func* cloneFunc(Func* f, Node* decl) {
  Func* g = newFunc();
  g->name = f->name;
  g->pos = f->pos;
  g->endPos = f->endPos;
  g->decl = decl;
  g->body.reserve(f->body.size());
  for (Node* s : f->body) g->body.push_back(cloneNode(s));
  return g;
}

Node* cloneNode(Node* n) {
  if (!n) return nullptr;
  Node* c = newNode(n->op, n->pos);
  *c = *n;
  c->left = cloneNode(n->left);
  c->right = cloneNode(n->right);
  c->cond = cloneNode(n->cond);
  for (auto* v : {&c->init, &c->list, &c->rlist, &c->body})
    for (Node*& x : *v) x = cloneNode(x);
  if (n->func && (n->op == ODCLFUNC || n->op == OFUNCLIT)) c->func = cloneFunc(n->func, c);
  return c;
}

}  // namespace minigo
