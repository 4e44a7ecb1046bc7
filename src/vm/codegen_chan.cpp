// codegen_chan.cpp — codegen: make(chan T, n), the general select (a frame
// array of scases and one selectgo call, then a jump per case) and the go
// statement (the call's frame is built as for a call, then GOCALL* copies it
// into a new goroutine).
#include "vm/codegen.h"

namespace minigo::vm::cg {

void FuncGen::makeChan(Node* n, int32_t dst) {
  // makechan(chantype, size, slotsize) *hchan
  int32_t base = alloc(kHeaderSize + 32);
  int32_t a = base + kHeaderSize;
  if (n->left) {
    int32_t sz = expr(n->left);
    emit(MOV8, a + 8, sz);
  } else {
    emit(CONST, a + 8, 0, 0, 0);
  }
  emit(CONST, a, 0, 0, int64_t(n->type));
  emit(CONST, a + 16, 0, 0, slotSize(n->type->elem));
  emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("makechan")));
  emit(MOV8, dst, a + 24);
}

// The general select, after walk_select.cpp: operands already sit in temps
// (stmt() has run n->init, which evaluates them once, in source order).
void FuncGen::selectStmt(Node* n) {
  BranchTarget bt;
  bt.label = pendingLabel_;
  pendingLabel_.clear();
  targets_.push_back(bt);
  // selectgo's order: sends first, then receives.
  std::vector<Node*> order;
  Node* dflt = nullptr;
  for (Node* c : n->list)
    if (c->left && c->left->op == OSEND) order.push_back(c);
  size_t nsends = order.size();
  for (Node* c : n->list) {
    if (!c->left) dflt = c;
    else if (c->left->op != OSEND) order.push_back(c);
  }
  size_t ncases = order.size();
  int32_t arr = alloc(int64_t(std::max<size_t>(ncases, 1)) * 16);
  for (size_t i = 0; i < ncases; i++) {
    Node* op = order[i]->left;
    int32_t c = expr(op->left);
    int32_t at = arr + int32_t(16 * i);
    emit(MOV8, at, c);
    Node* val = op->op == OSEND ? op->right : order[i]->rlist.empty() ? nullptr : order[i]->rlist[0];
    if (val) emit(LEA, at + 8, expr(val));  // a frame slot: it stays put while the g waits
    else emit(CONST, at + 8, 0, 0, 0);
  }
  // selectgo(cases, nsends, nrecvs, block) (int, bool)
  int32_t base = alloc(kHeaderSize + 48);
  int32_t a = base + kHeaderSize;
  emit(LEA, a, arr);
  emit(CONST, a + 8, 0, 0, int64_t(nsends));
  emit(CONST, a + 16, 0, 0, int64_t(ncases - nsends));
  emit(CONST, a + 24, 0, 0, dflt ? 0 : 1);
  if (n->pos.line) line_ = n->pos.line;
  emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("selectgo")));
  int32_t casei = a + 32, recvOK = a + 40;
  std::vector<int> toCase(ncases);
  for (size_t i = 0; i < ncases; i++) toCase[i] = emit(JEQK, 0, casei, 0, int64_t(i));
  int jdef = emit(JMP);
  std::vector<int> ends;
  for (size_t i = 0; i < ncases; i++) {
    patchOne(toCase[i], here());
    Node* cl = order[i];
    Node* hok = cl->rlist.size() > 1 ? cl->rlist[1] : nullptr;
    if (hok) emit(MOV8, local(hok->name_).off, recvOK);
    resetTemps();
    stmts(cl->body);
    ends.push_back(emit(JMP));
  }
  patchOne(jdef, here());
  if (dflt) {
    resetTemps();
    stmts(dflt->body);
  }
  patch(ends, here());
  patch(targets_.back().breaks, here());
  targets_.pop_back();
}

void FuncGen::goStmt(Node* n) {
  Node* c = n->left;
  if (c->op == OCALLFUNC || c->op == OCALLMETH || c->op == OCALLINTER) {
    goStmt_ = true;
    call(c);
    return;
  }
  stmt(c);  // a builtin lowered by walk (go println(x)): runs in place
}

void FuncGen::emitGo(Node* n, int32_t base, int32_t total, int32_t fv, int32_t iv, Func* direct) {
  if (iv >= 0) {
    Type* it = n->left->left->type;
    int64_t idx = -1;
    for (size_t i = 0; i < it->methods.size(); i++)
      if (it->methods[i].name == n->left->name) idx = int64_t(i);
    emit(GOCALLINTER, base, iv, total, idx);
  } else if (direct) {
    Proto* p = protoOf(direct);
    if (p->native) emit(CALLNATIVE, base, 0, 0, int64_t(p->native));  // natives run to completion
    else emit(GOCALL, base, 0, total, int64_t(p));
  } else {
    emit(GOCALLFV, base, fv, total);
  }
}

}  // namespace minigo::vm::cg
