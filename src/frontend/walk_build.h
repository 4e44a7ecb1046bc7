// walk_build.h — small builders of typed nodes for the walk passes that live
// in their own files (walk_chan.cpp, walk_select.cpp), and the hooks walk.cpp
// calls for them.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/types.h"

namespace minigo::wb {

struct Env {
  Func* curfn = nullptr;
  int* ntemp = nullptr;
  std::function<Node*(Node*)> rewrite;  // walk's rewrite of one node (children first)
};

Node* temp(Env& e, Type* t, Pos pos);
Node* intLit(int64_t v, Type* t, Pos pos);
Node* as(Node* l, Node* r, bool colas = false);
Node* rtcall(const std::string& fn, std::vector<Node*> args, Type* t, Pos pos);
Node* block(Pos pos, std::vector<Node*> list);
Node* ifStmt(Node* cond, std::vector<Node*> then, std::vector<Node*> els, Pos pos);
Node* as2func(std::vector<Node*> lhs, Node* call, Pos pos);
Type* tuple(std::vector<Type*> ts);
bool isBlank(Node* e);
// The bytes of a value's frame slot, as vm::slotSize computes it.
int64_t slotBytes(Type* t);
// Does this statement list contain a break that could leave an enclosing
// select (any break not inside a nested for/switch/select)?
bool hasBareBreak(const std::vector<Node*>& l);

}  // namespace minigo::wb

namespace minigo {
// Before walk rewrites n's children: OSELECT, OAS2RECV, ORANGE over a
// channel. nullptr: not handled.
Node* walkChanPre(Node* n, wb::Env& env);
// After the children: OSEND, ORECV, OCLOSE, len/cap of a channel.
Node* walkChanPost(Node* n, wb::Env& env);
Node* walkSelect(Node* n, wb::Env& env);
}  // namespace minigo
