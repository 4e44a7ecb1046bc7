// codegen_func.cpp — codegen: frames: the prologue, locals, loads and stores, lvalues.
#include "vm/codegen.h"

namespace minigo::vm::cg {

void FuncGen::genFunc() {
  Type* recvT = fn_->type ? fn_->type->recv : nullptr;
  SigLayout L = layoutSig(fn_->type, recvT);
  P_->argSize = L.argSize;
  // code[0]: the interface entry; code[1]: the entry.
  if (recvT && recvT->kind != TPTR && !recvT->isDirectIface() && isScalar(recvT) && tsize(recvT) < 8)
    loadMem(L.recv, L.recv, 0, recvT, true);  // int32/bool/...: sign- or zero-extend the whole slot
  else if (recvT && recvT->kind != TPTR && !recvT->isDirectIface())
    emit(DEREFRECV, L.recv, 0, 0, tsize(recvT));
  else
    emit(NOP);
  emit(NOP);
  top_ = L.total;
  for (size_t i = 0; i < fn_->params.size() && i < L.params.size(); i++) bindParam(fn_->params[i], L.params[i]);
  for (size_t i = 0; i < fn_->results.size() && i < L.results.size(); i++) bindParam(fn_->results[i], L.results[i]);
  if (fn_->recv && L.recv >= 0) bindParam(fn_->recv, L.recv);
  // Results start zeroed.
  for (size_t i = 0; i < fn_->results.size() && i < L.results.size(); i++) {
    // Unnamed results (~r0) cannot be read before a return assigns them.
    // (With defer they can: a recovered panic returns them as they stand.)
    if (!fn_->hasDefer && fn_->results[i] && fn_->results[i]->sym.rfind("~r", 0) == 0) continue;
    Type* t = fn_->type->results[i].type;
    int32_t o = L.results[i];
    emit(ZERO, o, 0, 0, slotSize(t));
  }
  for (Name* n : fn_->dcl) local(n);
  // Closure variables: loaded from the context in the prologue.
  if (!fn_->cvars.empty()) {
    int32_t ctx = newLocal(8);
    emit(CTXT, ctx);
    int64_t off = 8;
    for (Name* cv : fn_->cvars) {
      bool byref = capturedByRef(cv);
      int64_t sz = byref ? 8 : slotSize(cv->type);
      VarLoc& v = locs_[cv];
      v.off = newLocal(sz);
      v.heap = byref;
      if (byref) emit(LOAD64, v.off, ctx, 0, off);
      else loadMem(v.off, ctx, off, cv->type, true);
      off += (sz + 7) & ~7;
    }
  }
  // Escaping params move to the heap.
  auto moveParam = [&](Name* n) {
    if (!n || !isHeap(n)) return;
    VarLoc& v = locs_[n];
    int32_t p = newLocal(8);
    emit(NEWOBJ, p, 0, 0, int64_t(n->type));
    storeMem(p, 0, v.off, n->type, true);
    v.off = p;
    v.heap = true;
  };
  for (Name* n : fn_->params) moveParam(n);
  if (fn_->recv) moveParam(fn_->recv);
  for (Name* n : fn_->results) moveParam(n);
  localTop_ = top_;
  line_ = fn_->pos.line;
  stmts(fn_->body);
  if (fn_->results.empty() || !fn_->type || fn_->type->results.empty()) {
    line_ = fn_->endPos.line ? fn_->endPos.line : line_;
    emitReturn();
  } else {
    emit(UNREACHABLE);
  }
  if (fn_->hasDefer) emitDeferReturnLanding();
  for (auto& pg : gotos_) {
    auto it = labels_.find(pg.second);
    if (it == labels_.end()) throw std::runtime_error("codegen: undefined label " + pg.second);
    P_->code[size_t(pg.first)].k = it->second;
  }
  P_->frameSize = maxTop_ + kHeaderSize + 64;
}

void FuncGen::genInit(const std::vector<Node*>& body, const std::vector<Func*>& inits) {
  emit(NOP);
  emit(NOP);
  localTop_ = top_ = 0;
  stmts(body);
  for (Func* f : inits) {
    resetTemps();
    int32_t base = alloc(kHeaderSize);
    emit(CALL, base, 0, 0, int64_t(protoOf(f)));
  }
  emit(RET);
  P_->frameSize = maxTop_ + kHeaderSize + 64;
}

int FuncGen::emit(uint16_t op, int32_t a, int32_t b, int32_t c, int64_t k) {
  P_->code.push_back(Instr{op, a, b, c, k});
  P_->lines.push_back(line_);
  return int(P_->code.size() - 1);
}

void FuncGen::markIndexType(int pc, Type* t) {
  if (!t) return;
  switch (t->kind) {
    case TUINT: case TUINT64: case TUINTPTR: P_->unsignedIdx.push_back(pc); break;
    default: break;
  }
}

void FuncGen::patch(const std::vector<int>& at, int target) {
  for (int i : at) patchOne(i, target);
}

void FuncGen::patchOne(int i, int target) {
  Instr& in = P_->code[size_t(i)];
  if (in.op >= JEQK && in.op <= JGEK) in.c = target;
  else in.k = target;
}

int32_t FuncGen::alloc(int64_t size) {
  int32_t o = top_;
  top_ += int32_t((size + 7) & ~int64_t(7));
  if (top_ > maxTop_) maxTop_ = top_;
  return o;
}

int32_t FuncGen::newLocal(int64_t size) {
  int32_t o = alloc(size);
  localTop_ = top_;
  return o;
}

bool FuncGen::capturedByRef(Name* cv) {
  Name* o = cv;
  while (o->outer) o = o->outer;
  return isHeap(o) || !cv->byval;
}

void FuncGen::bindParam(Name* n, int32_t off) {
  if (!n) return;
  locs_[n] = VarLoc{off, false};
}

VarLoc& FuncGen::local(Name* n) {
  auto it = locs_.find(n);
  if (it != locs_.end()) return it->second;
  VarLoc v;
  v.heap = isHeap(n);
  v.off = newLocal(v.heap ? 8 : slotSize(n->type));
  return locs_[n] = v;
}

void FuncGen::declare(Name* n, bool zero) {
  if (!n || n->sym == "_") return;
  VarLoc& v = local(n);
  if (v.heap) emit(NEWOBJ, v.off, 0, 0, int64_t(n->type));
  else if (zero) emit(ZERO, v.off, 0, 0, slotSize(n->type));
}

void FuncGen::loadMem(int32_t dst, int32_t p, int64_t disp, Type* t, bool wholeSlot) {
  if (isScalar(t)) {
    uint16_t op;
    switch (t->kind) {
      case TINT8: op = LOAD8S; break;
      case TUINT8: case TBOOL: op = LOAD8U; break;
      case TINT16: op = LOAD16S; break;
      case TUINT16: op = LOAD16U; break;
      case TINT32: op = LOAD32S; break;
      case TUINT32: case TFLOAT32: op = LOAD32U; break;
      default: op = LOAD64;
    }
    emit(op, dst, p, 0, disp);
  } else {
    emit(LOADN, dst, p, int32_t(wholeSlot ? slotSize(t) : tsize(t)), disp);
  }
}

void FuncGen::storeMem(int32_t p, int64_t disp, int32_t src, Type* t, bool wholeSlot) {
  if (isScalar(t)) {
    uint16_t op;
    switch (tsize(t)) {
      case 1: op = STORE8; break;
      case 2: op = STORE16; break;
      case 4: op = STORE32; break;
      default: op = STORE64;
    }
    emit(op, p, src, 0, disp);
  } else if (tsize(t) > 0) {
    emit(STOREN, p, src, int32_t(wholeSlot ? slotSize(t) : tsize(t)), disp);
  }
}

void FuncGen::loadFrameMem(int32_t dst, int32_t off, Type* t) {
  if (isScalar(t)) {
    uint16_t op;
    switch (t->kind) {
      case TINT8: op = SEXT8; break;
      case TUINT8: case TBOOL: op = ZEXT8; break;
      case TINT16: op = SEXT16; break;
      case TUINT16: op = ZEXT16; break;
      case TINT32: op = SEXT32; break;
      case TUINT32: case TFLOAT32: op = ZEXT32; break;
      default: op = MOV8;
    }
    emit(op, dst, off);
  } else {
    move(dst, off, tsize(t));
  }
}

void FuncGen::storeFrameMem(int32_t off, int32_t src, Type* t) {
  if (isScalar(t)) {
    switch (tsize(t)) {
      case 1: emit(MOV1, off, src); break;
      case 2: emit(MOV2, off, src); break;
      case 4: emit(MOV4, off, src); break;
      default: emit(MOV8, off, src);
    }
  } else {
    move(off, src, tsize(t));
  }
}

void FuncGen::move(int32_t dst, int32_t src, int64_t size) {
  if (dst == src || size == 0) return;
  if (size == 8) emit(MOV8, dst, src);
  else if (size == 16) emit(MOV16, dst, src);
  else if (size == 24) emit(MOV24, dst, src);
  else emit(MOVN, dst, src, 0, size);
}

void FuncGen::normalize(int32_t dst, Type* t) {
  switch (t->kind) {
    case TINT8: emit(SEXT8, dst, dst); break;
    case TINT16: emit(SEXT16, dst, dst); break;
    case TINT32: emit(SEXT32, dst, dst); break;
    case TUINT8: emit(ZEXT8, dst, dst); break;
    case TUINT16: emit(ZEXT16, dst, dst); break;
    case TUINT32: emit(ZEXT32, dst, dst); break;
    default: break;
  }
}

bool FuncGen::isBlank(Node* n) const {
  return (n->op == ONAME || n->op == ONONAME) && (n->name == "_" || (n->name_ && n->name_->sym == "_"));
}

LV FuncGen::globalLV(Name* n) {
  auto it = G_->globalOff.find(n);
  if (it == G_->globalOff.end()) throw std::runtime_error("codegen: unknown global " + n->sym);
  LV lv;
  lv.kind = LV::Ptr;
  lv.off = alloc(8);
  emit(CONST, lv.off, 0, 0, int64_t(G_->prog->globals + it->second));
  return lv;
}

LV FuncGen::lvalue(Node* n) {
  switch (n->op) {
    case ONAME: {
      if (isBlank(n)) return blankLV();
      Name* nm = n->name_;
      if (nm->cls == PEXTERN) return globalLV(nm);
      VarLoc& v = local(nm);
      LV lv;
      if (v.heap) {
        lv.kind = LV::Ptr;
        lv.off = v.off;
      } else {
        lv.kind = LV::Frame;
        lv.off = v.off;
        lv.slot = true;
      }
      return lv;
    }
    case ODEREF: {
      LV lv;
      lv.kind = LV::Ptr;
      lv.off = expr(n->left);
      return lv;
    }
    case ODOTPTR: {
      LV lv;
      lv.kind = LV::Ptr;
      lv.off = expr(n->left);
      lv.disp = n->offset;
      return lv;
    }
    case ODOT: {
      LV lv = addressable(n->left) ? lvalue(n->left) : rvalueLV(n->left);
      lv.slot = false;
      if (lv.kind == LV::Ptr) lv.disp += n->offset;
      else if (lv.dyn.empty()) lv.off += int32_t(n->offset);
      else lv.disp += n->offset;
      return lv;
    }
    case OINDEX: {
      Type* xt = n->left->type;
      if (xt->kind == TSLICE) {
        int32_t s = expr(n->left);
        int32_t i = expr(n->right);
        LV lv;
        lv.kind = LV::Ptr;
        lv.off = alloc(8);
        markIndexType(emit(SLICEIDX, lv.off, s, i, tsize(xt->elem)), n->right->type);
        return lv;
      }
      if (xt->kind == TPTR) xt = xt->elem;  // index of *array
      if (xt->kind == TARRAY) {
        LV lv;
        if (n->left->type->kind == TPTR) {
          lv.kind = LV::Ptr;
          lv.off = expr(n->left);
        } else {
          lv = addressable(n->left) ? lvalue(n->left) : rvalueLV(n->left);
        }
        lv.slot = false;
        int64_t es = tsize(xt->elem);
        if (n->right->op == OLITERAL && n->right->val.kind() == Constant::Int) {
          int64_t i = n->right->val.int64Val();
          if (lv.kind == LV::Ptr || !lv.dyn.empty()) lv.disp += i * es;
          else lv.off += int32_t(i * es);
          return lv;
        }
        int32_t i = expr(n->right);
        if (lv.kind == LV::Ptr) {
          markIndexType(emit(BOUNDSK, 0, i, 0, xt->len), n->right->type);
          // p[i] of a nil *array: the element address is not nil, so the
          // load would not catch it (Go nil-checks the base).
          emit(NILCHECK, 0, lv.off);
          int32_t p = alloc(8);
          if (lv.disp) {
            emit(ADDK, p, lv.off, 0, lv.disp);
            emit(IDXADDR, p, p, i, es);
          } else {
            emit(IDXADDR, p, lv.off, i, es);
          }
          lv.off = p;
          lv.disp = 0;
          return lv;
        }
        lv.dyn.push_back(LV::Idx{i, es, xt->len, n->right->type});
        return lv;
      }
      unsupported(n, "index lvalue");
    }
    case OINDEXMAP: return mapLV(n);
    default:
      return rvalueLV(n);
  }
}

LV FuncGen::rvalueLV(Node* n) {
  LV lv;
  lv.kind = LV::Frame;
  lv.off = expr(n);
  return lv;
}

bool FuncGen::addressable(Node* n) {
  switch (n->op) {
    case ONAME: return n->name_ && n->name_->kind == ObjKind::Var;
    case ODEREF: case ODOTPTR: return true;
    case ODOT: return addressable(n->left);
    case OINDEX:
      return n->left->type->kind == TSLICE || n->left->type->kind == TPTR ||
             (n->left->type->kind == TARRAY && addressable(n->left));
    default: return false;
  }
}

LV FuncGen::materialize(LV lv) {
  if (lv.kind != LV::Frame || lv.dyn.empty()) return lv;
  for (auto& d : lv.dyn) markIndexType(emit(BOUNDSK, 0, d.idx, 0, d.len), d.t);
  int32_t p = alloc(8);
  emit(LEA, p, lv.off);
  for (auto& d : lv.dyn) emit(IDXADDR, p, p, d.idx, d.es);
  LV r;
  r.kind = LV::Ptr;
  r.off = p;
  r.disp = lv.disp;
  return r;
}

void FuncGen::loadLV(LV lv, int32_t dst, Type* t) {
  if (lv.kind == LV::Map) return mapLoadLV(lv, dst, t);
  lv = materialize(lv);
  if (lv.kind == LV::Ptr) loadMem(dst, lv.off, lv.disp, t);
  else if (lv.slot) moveT(dst, lv.off, t);
  else loadFrameMem(dst, lv.off, t);
}

void FuncGen::storeLV(LV lv, int32_t src, Type* t) {
  if (lv.kind == LV::Blank) return;
  if (lv.kind == LV::Map) return mapStoreLV(lv, src, t);
  lv = materialize(lv);
  if (lv.kind == LV::Ptr) storeMem(lv.off, lv.disp, src, t);
  else if (lv.slot) moveT(lv.off, src, t);
  else storeFrameMem(lv.off, src, t);
}

}  // namespace minigo::vm::cg
