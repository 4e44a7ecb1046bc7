// codegen_stmt.cpp — codegen: statements and control flow.
#include <algorithm>

#include "vm/codegen.h"

namespace minigo::vm::cg {

void FuncGen::stmts(const std::vector<Node*>& l) {
  for (Node* s : l) stmt(s);
}

void FuncGen::stmt(Node* n) {
  if (!n) return;
  resetTemps();
  if (n->pos.line) line_ = n->pos.line;
  stmts(n->init);
  resetTemps();
  switch (n->op) {
    case OBLOCK: stmts(n->list); stmts(n->body); break;
    case OEMPTY: case ODCLCONST: case ODCLTYPE: case ODCLFUNC: break;
    case ODCL: declare(n->left->name_, true); break;
    case OAS: assign(n); break;
    case OAS2: assign2(n); break;
    case OAS2FUNC: assign2func(n); break;
    case OAS2MAPR: mapAccess2(n); break;
    case OAS2DOTTYPE: assign2DotType(n); break;
    case ORANGE: rangeMap(n); break;  // walk leaves only ranges over maps
    case OASOP: assignOp(n); break;
    case OEXPRSTMT: exprStmt(n->left); break;
    case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OCALLRT: exprStmt(n); break;
    case OIF: ifStmt(n); break;
    case OFOR: forStmt(n); break;
    case OSWITCH: switchStmt(n); break;
    case OSELECT: selectStmt(n); break;
    case OGO: goStmt(n); break;
    case OLABEL: labelStmt(n); break;
    case OBREAK: case OCONTINUE: branchStmt(n); break;
    case OGOTO: gotos_.push_back({emit(JMP), n->name}); break;
    case ORETURN: returnStmt(n); break;
    case OPANIC: {
      int32_t v = expr(n->left);
      emit(PANIC, 0, v);
      break;
    }
    case OFALL: break;  // handled by switchStmt
    case OVARDEF: break;
    default: exprStmt(n);
  }
}

void FuncGen::exprStmt(Node* e) {
  switch (e->op) {
    case OBLOCK: stmt(e); break;
    case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OCALLRT: call(e); break;
    case ODELETE: mapDelete(e); break;
    case OPANIC: {
      int32_t v = expr(e->left);
      emit(PANIC, 0, v);
      break;
    }
    default: expr(e);
  }
}

void FuncGen::assign(Node* n) {
  Node* l = n->left;
  if (n->colas && l->op == ONAME && l->name_ && !isBlank(l)) {
    VarLoc& v = local(l->name_);
    if (!v.heap) {
      if (n->right) exprTo(n->right, v.off);
      else emit(ZERO, v.off, 0, 0, slotSize(l->type));
      return;
    }
    int32_t val = n->right ? expr(n->right) : zeroTemp(l->type);
    declare(l->name_, false);
    storeMem(v.off, 0, val, l->type);
    return;
  }
  if (!n->right) {
    LV lv = lvalue(l);
    storeLV(lv, zeroTemp(l->type), l->type);
    return;
  }
  if (isBlank(l)) {
    exprStmt(n->right);
    return;
  }
  // x = e on a plain local slot: compute straight into it when e cannot observe a partial write.
  if (l->op == ONAME && l->name_->cls != PEXTERN && !local(l->name_).heap && directSafe(n->right)) {
    exprTo(n->right, local(l->name_).off);
    return;
  }
  LV lv = lvalue(l);
  int32_t v = expr(n->right);
  storeLV(lv, v, l->type);
}

bool FuncGen::directSafe(Node* e) {
  switch (e->op) {
    case OSTRUCTLIT: case OARRAYLIT: case OCONVIFACE: case OSLICELIT: return false;
    default: return true;
  }
}

int32_t FuncGen::zeroTemp(Type* t) {
  int32_t z = alloc(slotSize(t));
  emit(ZERO, z, 0, 0, slotSize(t));
  return z;
}

std::vector<LV> FuncGen::lvalues(Node* n) {
  std::vector<LV> lvs;
  std::vector<int32_t> assigned;  // frame slots of the variables assigned
  for (Node* l : n->list) {
    if (n->colas && l->op == ONAME && !isBlank(l)) {
      lvs.push_back(blankLV());  // placeholder, declared by the caller
    } else {
      lvs.push_back(lvalue(l));
      if (lvs.back().kind == LV::Frame && lvs.back().slot) assigned.push_back(lvs.back().off);
    }
  }
  if (n->list.size() < 2 || assigned.empty()) return lvs;
  auto isAssigned = [&](int32_t off) { return std::find(assigned.begin(), assigned.end(), off) != assigned.end(); };
  auto snapshot = [&](int32_t& off, int64_t size) {
    int32_t t = alloc(size);
    move(t, off, size);
    off = t;
  };
  // p, *p = f(): *p stores through the p of before the statement.
  for (LV& lv : lvs) {
    if (lv.kind == LV::Ptr && isAssigned(lv.off)) snapshot(lv.off, 8);
    for (auto& d : lv.dyn)
      if (isAssigned(d.idx)) snapshot(d.idx, 8);
    if (lv.kind == LV::Map) {
      if (isAssigned(lv.off)) snapshot(lv.off, 8);
      if (isAssigned(lv.key)) snapshot(lv.key, slotSize(lv.mapT->key));
    }
  }
  return lvs;
}

void FuncGen::assign2(Node* n) {
  std::vector<LV> lvs = lvalues(n);
  std::vector<int32_t> vals;
  for (Node* r : n->rlist) {
    int32_t t = alloc(slotSize(r->type));
    exprTo(r, t);
    vals.push_back(t);
  }
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* l = n->list[i];
    if (n->colas && l->op == ONAME && !isBlank(l)) assignNew(l, vals[i]);
    else storeLV(lvs[i], vals[i], l->type);
  }
}

void FuncGen::assignNew(Node* l, int32_t val) {
  Name* nm = l->name_;
  bool isNew = nm->defn == nullptr || locs_.find(nm) == locs_.end() || true;
  VarLoc& v = local(nm);
  if (v.heap) {
    if (isNew && nm->defn && (nm->defn->op == OAS2 || nm->defn->op == OAS2FUNC || nm->defn->op == OAS ||
                              nm->defn->op == OAS2MAPR || nm->defn->op == OAS2DOTTYPE || nm->defn->op == OAS2RECV))
      emit(NEWOBJ, v.off, 0, 0, int64_t(nm->type));
    storeMem(v.off, 0, val, l->type);
  } else {
    moveT(v.off, val, l->type);
  }
}

void FuncGen::assign2func(Node* n) {
  Node* c = n->rlist.empty() ? n->right : n->rlist[0];
  std::vector<LV> lvs = lvalues(n);
  int32_t base = call(c);
  if (c->op == OCALLRT) {
    // runtime calls: results follow the arguments (c->type is a tuple)
    int64_t off = base + kHeaderSize + rtArgSize(c);
    for (size_t i = 0; i < n->list.size(); i++) {
      Node* l = n->list[i];
      Type* rt = c->type->fields[i].type;
      if (n->colas && l->op == ONAME && !isBlank(l)) assignNew(l, int32_t(off));
      else storeLV(lvs[i], int32_t(off), rt);
      off += slotSize(rt);
    }
    return;
  }
  Type* ft = calleeType(c);
  SigLayout L = layoutSig(ft, nullptr);
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* l = n->list[i];
    int32_t src = base + kHeaderSize + L.results[i];
    Type* rt = ft->results[i].type;
    if (n->colas && l->op == ONAME && !isBlank(l)) {
      assignNew(l, convertTemp(src, rt, l->type));
    } else {
      storeLV(lvs[i], convertTemp(src, rt, l->type), l->type);
    }
  }
}

int32_t FuncGen::convertTemp(int32_t src, Type* from, Type* to) {
  if (!to || from == to || !to->isInterface() || from->isInterface()) return src;
  int32_t d = alloc(16);
  convIface(d, src, from, to);
  return d;
}

void FuncGen::assignOp(Node* n) {
  Node* l = n->left;
  LV lv = lvalue(l);
  int32_t cur = alloc(slotSize(l->type));
  if (lv.kind == LV::Frame && lv.slot) cur = lv.off;
  else loadLV(lv, cur, l->type);
  int32_t res = (lv.kind == LV::Frame && lv.slot) ? lv.off : alloc(slotSize(l->type));
  if ((n->subop == OADD || n->subop == OSUB) && l->type->isInteger() && n->right->op == OLITERAL &&
      n->right->val.kind() == Constant::Int && n->right->val.fitsInt64()) {
    int64_t k = n->right->val.int64Val();
    emit(ADDK, res, cur, 0, n->subop == OADD ? k : int64_t(0 - uint64_t(k)));
    normalize(res, l->type);
  } else {
    int32_t r = expr(n->right);
    binary(n->subop, l->type, res, cur, r, n->right->type, n);
  }
  if (!(lv.kind == LV::Frame && lv.slot)) storeLV(lv, res, l->type);
}

void FuncGen::ifStmt(Node* n) {
  std::vector<int> toElse;
  condJump(n->cond, false, toElse);
  stmts(n->body);
  if (!n->rlist.empty()) {
    int j = emit(JMP);
    patch(toElse, here());
    stmts(n->rlist);
    patchOne(j, here());
  } else {
    patch(toElse, here());
  }
}

void FuncGen::forStmt(Node* n) {
  BranchTarget bt;
  bt.label = pendingLabel_;
  bt.isLoop = true;
  pendingLabel_.clear();
  targets_.push_back(bt);
  // Layout: JMP cond; body; post; cond: if cond goto body. One branch per iteration.
  int jcond = -1;
  if (n->cond) jcond = emit(JMP);
  int body = here();
  stmts(n->body);
  int cont = here();
  resetTemps();
  if (n->right) stmt(n->right);
  resetTemps();
  std::vector<int> breaks;
  if (n->cond) {
    patchOne(jcond, here());
    if (n->cond->pos.line) line_ = n->cond->pos.line;
    std::vector<int> toBody;
    condJump(n->cond, true, toBody);
    patch(toBody, body);
  } else {
    emit(LOOP, 0, 0, 0, body);
  }
  BranchTarget& t = targets_.back();
  patch(t.breaks, here());
  patch(t.continues, cont);
  targets_.pop_back();
}

void FuncGen::labelStmt(Node* n) {
  labels_[n->name] = here();
  if (n->left && (n->left->op == OFOR || n->left->op == OSWITCH || n->left->op == ORANGE || n->left->op == OSELECT)) {
    pendingLabel_ = n->name;
    stmt(n->left);
    pendingLabel_.clear();
  } else if (n->left) {
    stmt(n->left);
  }
}

void FuncGen::branchStmt(Node* n) {
  for (int i = int(targets_.size()) - 1; i >= 0; i--) {
    BranchTarget& t = targets_[size_t(i)];
    if (!n->name.empty() ? t.label == n->name : (n->op == OBREAK || t.isLoop)) {
      if (n->op == OBREAK) t.breaks.push_back(emit(JMP));
      else t.continues.push_back(emit(LOOP));
      return;
    }
  }
  throw std::runtime_error("codegen: break/continue outside loop");
}

void FuncGen::switchStmt(Node* n) {
  BranchTarget bt;
  bt.label = pendingLabel_;
  pendingLabel_.clear();
  targets_.push_back(bt);
  if (n->left && n->left->op == OTYPESW) {
    targets_.pop_back();
    pendingLabel_ = bt.label;
    typeSwitch(n);  // codegen_iface.cpp
    return;
  }
  int32_t tag = -1;
  Type* tagT = nullptr;
  if (n->left) {
    tagT = n->left->type;
    int32_t t = expr(n->left);
    tag = newLocal(slotSize(tagT));  // survives the case bodies' temps
    moveT(tag, t, tagT);
  }
  std::vector<std::vector<int>> toBody(n->list.size());
  int defaultCase = -1;
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* c = n->list[i];
    if (c->list.empty()) defaultCase = int(i);
    for (Node* v : c->list) {
      resetTemps();
      if (v->pos.line) line_ = v->pos.line;
      if (tag < 0) {
        condJump(v, true, toBody[i]);
      } else {
        int32_t x = expr(v);
        int32_t r = alloc(8);
        compare(OEQ, tagT, r, tag, x, v->type);
        toBody[i].push_back(emit(JT, 0, r));
      }
    }
  }
  std::vector<int> ends;
  int jdef = emit(JMP);
  std::vector<int> bodyStart(n->list.size());
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* c = n->list[i];
    bodyStart[i] = here();
    patch(toBody[i], here());
    stmts(c->body);
    bool falls = !c->body.empty() && c->body.back()->op == OFALL;
    if (!falls) ends.push_back(emit(JMP));
  }
  if (defaultCase >= 0) patchOne(jdef, bodyStart[size_t(defaultCase)]);
  else ends.push_back(jdef);
  patch(ends, here());
  patch(targets_.back().breaks, here());
  targets_.pop_back();
}

void FuncGen::returnStmt(Node* n) {
  if (!n->list.empty()) {
    SigLayout L = layoutSig(fn_->type, fn_->type->recv);
    if (n->list.size() == 1 && fn_->type->results.size() > 1) {
      // return f() with f returning several values
      Node* c = n->list[0];
      int32_t base = call(c);
      Type* ft = calleeType(c);
      SigLayout CL = layoutSig(ft, nullptr);
      for (size_t i = 0; i < fn_->type->results.size(); i++) {
        int32_t v = convertTemp(base + kHeaderSize + CL.results[i], ft->results[i].type, fn_->type->results[i].type);
        storeResult(i, L.results[i], v);
      }
    } else {
      Name* rn0 = fn_->results.empty() ? nullptr : fn_->results[0];
      if (n->list.size() == 1 && !(rn0 && locs_.count(rn0) && locs_[rn0].heap)) {
        exprTo(n->list[0], L.results[0]);
        emitReturn();
        return;
      }
      std::vector<int32_t> vals;
      for (size_t i = 0; i < n->list.size(); i++) {
        Node* e = n->list[i];
        int32_t t = alloc(slotSize(e->type));
        exprTo(e, t);
        vals.push_back(t);
      }
      for (size_t i = 0; i < vals.size(); i++) storeResult(i, L.results[i], vals[i]);
    }
  }
  emitReturn();
}

void FuncGen::storeResult(size_t i, int32_t off, int32_t v) {
  Type* t = fn_->type->results[i].type;
  Name* rn = i < fn_->results.size() ? fn_->results[i] : nullptr;
  if (rn && locs_.count(rn) && locs_[rn].heap) storeMem(locs_[rn].off, 0, v, t);
  else moveT(off, v, t);
}

void FuncGen::emitReturn() {
  if (fn_->hasDefer) emit(DEFERRETURN, alloc(kHeaderSize));
  // Heap-allocated named results are copied back into their result slots.
  SigLayout L = layoutSig(fn_->type, fn_->type ? fn_->type->recv : nullptr);
  for (size_t i = 0; i < fn_->results.size() && i < L.results.size(); i++) {
    Name* rn = fn_->results[i];
    if (rn && locs_.count(rn) && locs_[rn].heap) loadMem(L.results[i], locs_[rn].off, 0, rn->type);
  }
  emit(RET);
}

void FuncGen::condJump(Node* c, bool when, std::vector<int>& out) {
  switch (c->op) {
    case ONOT: condJump(c->left, !when, out); return;
    case OANDAND:
      if (when) {
        std::vector<int> skip;
        condJump(c->left, false, skip);
        condJump(c->right, true, out);
        patch(skip, here());
      } else {
        condJump(c->left, false, out);
        condJump(c->right, false, out);
      }
      return;
    case OOROR:
      if (when) {
        condJump(c->left, true, out);
        condJump(c->right, true, out);
      } else {
        std::vector<int> skip;
        condJump(c->left, true, skip);
        condJump(c->right, false, out);
        patch(skip, here());
      }
      return;
    case OLITERAL:
      if (c->val.kind() == Constant::Bool) {
        if (c->val.boolVal() == when) out.push_back(emit(JMP));
        return;
      }
      break;
    case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE: {
      Type* t = c->left->type;
      if (t->isInteger() || t->kind == TBOOL || t->kind == TPTR || t->kind == TUNSAFEPTR) {
        Op op = c->op;
        if (!when) op = negate(op);
        bool uns = t->isUnsigned() || t->kind == TPTR || t->kind == TUNSAFEPTR;
        int32_t x = expr(c->left);
        if (c->right->op == OLITERAL && c->right->val.kind() == Constant::Int && !uns && c->right->val.fitsInt64()) {
          int64_t k = c->right->val.int64Val();
          static const uint16_t ks[] = {JEQK, JNEK, JLTK, JLEK, JGTK, JGEK};
          out.push_back(emit(ks[op - OEQ], 0, x, 0, k));
          return;
        }
        int32_t y = expr(c->right);
        uint16_t jop;
        switch (op) {
          case OEQ: jop = JEQ; break;
          case ONE: jop = JNE; break;
          case OLT: jop = uns ? JLTU : JLT; break;
          case OLE: jop = uns ? JLEU : JLE; break;
          case OGT: jop = uns ? JGTU : JGT; break;
          default: jop = uns ? JGEU : JGE; break;
        }
        out.push_back(emit(jop, 0, x, y));
        return;
      }
      break;
    }
    default: break;
  }
  int32_t v = expr(c);
  out.push_back(emit(when ? JT : JF, 0, v));
}

Op FuncGen::negate(Op op) {
  switch (op) {
    case OEQ: return ONE;
    case ONE: return OEQ;
    case OLT: return OGE;
    case OLE: return OGT;
    case OGT: return OLE;
    default: return OLT;
  }
}

}  // namespace minigo::vm::cg
