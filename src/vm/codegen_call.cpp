// codegen_call.cpp — codegen: calls, closures, natives and runtime calls.
#include "vm/codegen.h"

namespace minigo::vm::cg {

rt::FuncVal* FuncGen::staticFuncVal(Func* f) {
  auto it = G_->staticFuncVals.find(f);
  if (it != G_->staticFuncVals.end()) return it->second;
  auto* fv = static_cast<rt::FuncVal*>(std::calloc(1, sizeof(rt::FuncVal)));
  fv->fn = f;
  if (!f->code) protoOf(f);
  G_->staticFuncVals[f] = fv;
  return fv;
}

void FuncGen::closure(Node* n, int32_t dst) {
  Func* f = n->func;
  if (f->cvars.empty()) {
    emit(CONST, dst, 0, 0, int64_t(staticFuncVal(f)));
    return;
  }
  int64_t size = 8;
  for (Name* cv : f->cvars) size += capturedByRef(cv) ? 8 : slotSize(cv->type);
  int32_t p = alloc(8);
  emit(MALLOC, p, 0, 0, size);
  int32_t fnw = alloc(8);
  emit(CONST, fnw, 0, 0, int64_t(f));
  emit(STORE64, p, fnw, 0, 0);
  int64_t off = 8;
  for (Name* cv : f->cvars) {
    Name* o = cv->outer ? cv->outer : cv;
    VarLoc& v = local(o);
    if (capturedByRef(cv)) {
      if (!v.heap) throw std::runtime_error("codegen: captured variable " + o->sym + " is not on the heap");
      emit(STORE64, p, v.off, 0, off);
      off += 8;
    } else {
      int32_t val = v.heap ? alloc(slotSize(o->type)) : v.off;
      if (v.heap) loadMem(val, v.off, 0, o->type);
      storeMem(p, off, val, o->type, true);
      off += slotSize(cv->type);
    }
  }
  emit(MOV8, dst, p);
}

Type* FuncGen::calleeType(Node* n) {
  if (n->op == OCALLRT) return nullptr;
  if (n->op == OCALLMETH || n->op == OCALLINTER) {
    Node* d = n->left;
    if (n->op == OCALLMETH) {
      Func* f = methodFunc(d);
      return f->type;
    }
    Type* it = d->left->type;
    for (auto& m : it->methods)
      if (m.name == d->name) return m.type;
    unsupported(n, "interface method");
  }
  Type* ft = n->left->type;
  return ft;
}

Func* FuncGen::methodFunc(Node* d) {
  Type* rt = d->left->type;
  Type* base = rt->kind == TPTR ? rt->elem : rt;
  for (auto& m : base->methods)
    if (m.name == d->name && m.fn) return m.fn;
  if (rt->kind == TPTR)
    for (auto& m : rt->methods)
      if (m.name == d->name && m.fn) return m.fn;
  if (d->func) return d->func;
  unsupported(d, "method " + d->name);
}

int64_t FuncGen::rtArgSize(Node* n) {
  int64_t s = 0;
  for (Node* a : n->list) s += slotSize(a->type);
  return s;
}

int32_t FuncGen::call(Node* n) {
  bool spawn = goStmt_;  // go f(...): arguments as for a call, then newproc
  goStmt_ = false;
  exprInit(n);
  if (n->op == OCALLRT) return callRT(n);
  Type* ft = calleeType(n);
  Func* direct = nullptr;
  Node* fnExpr = nullptr;
  Node* recvExpr = nullptr;
  Type* recvT = nullptr;
  bool inter = false;
  if (n->op == OCALLFUNC) {
    Node* l = n->left;
    if (l->op == ONAME && l->name_ && (l->name_->kind == ObjKind::Func || l->name_->cls == PFUNC) && l->name_->fn)
      direct = l->name_->fn;
    else if (l->op == OMETHEXPR && l->func)
      direct = l->func;
    else
      fnExpr = l;
  } else if (n->op == OCALLMETH) {
    direct = methodFunc(n->left);
    recvExpr = n->left->left;
    recvT = direct->type->recv ? direct->type->recv : recvExpr->type;
  } else {
    inter = true;
    recvExpr = n->left->left;
  }
  SigLayout L = layoutSig(ft, recvT ? recvT : (inter ? types::UnsafePointer : nullptr));
  bool native = direct && direct->body.empty() && !direct->code && lookupNative(direct->name);
  // Evaluate the function value and the receiver first (Go's order).
  int32_t fv = fnExpr ? expr(fnExpr) : -1;
  int32_t iv = -1;
  if (inter) iv = expr(recvExpr);
  int32_t base = alloc(kHeaderSize + L.total);
  int32_t a = base + kHeaderSize;
  if (recvExpr && !inter) exprTo(recvExpr, a + L.recv);
  // Arguments, with a variadic tail packed into a slice.
  size_t np = ft->params.size();
  bool packTail = ft->variadic && !n->isDDD;
  size_t fixed = packTail ? np - 1 : np;
  std::vector<Node*> args = n->list;
  if (args.size() == 1 && args[0]->type && args[0]->type->kind == TTUPLE) {
    // f(g()) with g returning several values: spread them over the params
    Node* g = args[0];
    int32_t gb = call(g);
    Type* gt = calleeType(g);
    SigLayout GL = layoutSig(gt, nullptr);
    size_t nr = gt->results.size();
    for (size_t i = 0; i < fixed && i < nr; i++)
      moveT(a + L.params[i], convertTemp(gb + kHeaderSize + GL.results[i], gt->results[i].type, ft->params[i].type),
            ft->params[i].type);
    if (packTail) {
      Type* et = ft->params[np - 1].type->elem;
      int64_t es = tsize(et);
      int64_t cnt = int64_t(nr) - int64_t(fixed);
      int32_t sl = a + L.params[np - 1];
      int32_t p = alloc(8);
      emit(MALLOC, p, 0, 0, std::max<int64_t>(1, cnt * es));
      for (int64_t i = 0; i < cnt; i++) {
        size_t r = fixed + size_t(i);
        int32_t v = convertTemp(gb + kHeaderSize + GL.results[r], gt->results[r].type, et);
        storeMem(p, i * es, v, et);
      }
      emit(MOV8, sl, p);
      emit(CONST, sl + 8, 0, 0, cnt);
      emit(CONST, sl + 16, 0, 0, cnt);
    }
  } else {
    for (size_t i = 0; i < fixed && i < args.size(); i++) exprTo(args[i], a + L.params[i]);
    if (packTail) {
      Type* st = ft->params[np - 1].type;
      Type* et = st->elem;
      int64_t es = tsize(et);
      int64_t cnt = int64_t(args.size()) - int64_t(fixed);
      int32_t sl = a + L.params[np - 1];
      if (cnt <= 0) {
        emit(ZERO, sl, 0, 0, 24);
      } else if (native) {
        // A native never keeps the slice: its backing array may live in the frame.
        int32_t arr = alloc(cnt * es);
        for (int64_t i = 0; i < cnt; i++) {
          int32_t v = expr(args[fixed + size_t(i)]);
          storeFrameMem(arr + int32_t(i * es), v, et);
        }
        emit(LEA, sl, arr);
        emit(CONST, sl + 8, 0, 0, cnt);
        emit(CONST, sl + 16, 0, 0, cnt);
      } else {
        int32_t p = alloc(8);
        emit(MALLOC, p, 0, 0, cnt * es);
        for (int64_t i = 0; i < cnt; i++) {
          int32_t v = expr(args[fixed + size_t(i)]);
          storeMem(p, i * es, v, et);
        }
        emit(MOV8, sl, p);
        emit(CONST, sl + 8, 0, 0, cnt);
        emit(CONST, sl + 16, 0, 0, cnt);
      }
    }
  }
  if (n->pos.line) line_ = n->pos.line;
  if (fn_ && fn_->wrapper) emit(WRAPARGP, base);
  if (spawn) {
    emitGo(n, base, L.total, fv, iv, direct);
    return base;
  }
  if (inter) {
    Type* it = recvExpr->type;
    int64_t idx = -1;
    for (size_t i = 0; i < it->methods.size(); i++)
      if (it->methods[i].name == n->left->name) idx = int64_t(i);
    emit(CALLINTER, base, iv, 0, idx);
  } else if (direct) {
    Proto* p = protoOf(direct);
    if (p->native) emit(CALLNATIVE, base, 0, 0, int64_t(p->native));
    else emit(CALL, base, 0, 0, int64_t(p));
  } else {
    emit(CALLFV, base, fv);
  }
  return base;
}

int32_t FuncGen::callRT(Node* n) {
  NativeFn f = lookupNative(n->name);
  if (!f) throw std::runtime_error("codegen: unknown runtime function " + n->name);
  if (n->name == "concatstrings") {
    int64_t cnt = int64_t(n->list.size());
    int32_t arr = alloc(16 * cnt);
    for (int64_t i = 0; i < cnt; i++) exprTo(n->list[size_t(i)], arr + int32_t(16 * i));
    int32_t base = alloc(kHeaderSize + 40);
    int32_t a = base + kHeaderSize;
    emit(LEA, a, arr);
    emit(CONST, a + 8, 0, 0, cnt);
    emit(CONST, a + 16, 0, 0, cnt);
    emit(CALLNATIVE, base, 0, 0, int64_t(f));
    // callers read the result at base + 32 + rtArgSize: place it there.
    int64_t ra = rtArgSize(n);
    if (ra != 24) emit(MOV16, a + int32_t(ra), a + 24);
    return base;
  }
  int64_t argSize = rtArgSize(n);
  int64_t resSize = n->type ? slotSize(n->type) : 0;
  if (n->type && n->type->kind == TTUPLE) {
    resSize = 0;
    for (auto& f2 : n->type->fields) resSize += slotSize(f2.type);
  }
  int32_t base = alloc(kHeaderSize + argSize + resSize);
  int32_t a = base + kHeaderSize;
  int64_t off = 0;
  for (Node* arg : n->list) {
    exprTo(arg, a + int32_t(off));
    off += slotSize(arg->type);
  }
  emit(CALLNATIVE, base, 0, 0, int64_t(f));
  return base;
}

}  // namespace minigo::vm::cg
