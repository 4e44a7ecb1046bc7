// ast.cpp — node allocation and op names.
#include "frontend/ast.h"

#include <deque>

namespace minigo {

namespace {
// Nodes live for the whole run; a deque gives stable addresses without one
// heap allocation per node.
std::deque<Node>& nodeArena() {
  static std::deque<Node> arena;
  return arena;
}
}  // namespace

const char* opName(Op op) {
  static const char* const names[] = {
#define MINIGO_OP_NAME(name) #name,
      MINIGO_OPS(MINIGO_OP_NAME)
#undef MINIGO_OP_NAME
  };
  return op < OLAST ? names[op] : "O?";
}

Node* newNode(Op op, Pos pos) {
  Node& n = nodeArena().emplace_back();
  n.op = op;
  n.pos = pos;
  return &n;
}

Name* newName(const std::string& sym, ObjKind kind, Pos pos) {
  Name* n = new Name();
  n->sym = sym;
  n->kind = kind;
  n->pos = pos;
  return n;
}

Func* newFunc() { return new Func(); }

}  // namespace minigo
