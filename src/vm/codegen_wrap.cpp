// codegen_wrap.cpp — generated forwarding functions, as gc generates them:
//   method value wrappers (x.M used as a value: gc's "M-fm"): a closure
//     {wrapper, receiver}; the wrapper loads the bound receiver from its
//     context and calls the method with its own arguments;
//   promotion wrappers (gc's methodWrapper): T or *T calling a method
//     declared on an embedded field, for itabs and fmt's String()/Error().
//     They are added to the outer type's Type::methods (runtime/iface.cpp's
//     findMethod sees them) the first time the type is converted to an
//     interface.
// Both are emitted straight as bytecode: receiver steps, one call, results
// copied back.
#include <map>
#include <set>

#include "vm/codegen.h"

namespace minigo::vm::cg {

namespace {

// One step from a struct to an embedded field.
struct Step {
  int64_t offset;
  Type* type;  // the field's type
};

// Breadth-first search for method `name` through embedded fields of struct
// type t (depth >= 1). Returns false when absent or ambiguous at the
// shallowest depth.
bool findPromoted(Type* t, const std::string& name, std::vector<Step>* path, const Method** out, Type** base) {
  struct E {
    Type* t;
    std::vector<Step> path;
  };
  std::vector<E> cur;
  Type* st = t->kind == TPTR ? t->elem : t;
  if (!st || st->kind != TSTRUCT) return false;
  cur.push_back({st, {}});
  std::set<Type*> seen;
  for (int depth = 0; depth < 16 && !cur.empty(); depth++) {
    std::vector<E> next;
    int found = 0;
    for (auto& e : cur) {
      if (depth > 0) {
        for (auto& m : e.t->methods)
          // Declared methods only: promotion wrappers (no decl) are found through the fields.
          // (std-lib methods are natives: no decl, but a native of their own name)
          if (m.name == name && ((m.fn && (m.fn->decl || lookupNative(m.fn->name))) || e.t->kind == TINTER)) {
            found++;
            *path = e.path;
            *out = &m;
            *base = e.t;
          }
      }
      if (e.t->kind != TSTRUCT || !seen.insert(e.t).second) continue;
      for (auto& f : e.t->fields) {
        if (!f.embedded) continue;
        Type* ft = f.type;
        Type* inner = ft->kind == TPTR && !ft->isNamed() ? ft->elem : ft;
        E ne{inner, e.path};
        ne.path.push_back(Step{f.offset, ft});
        next.push_back(ne);
      }
    }
    if (found == 1) return true;
    if (found > 1) return false;
    cur = std::move(next);
  }
  return false;
}

}  // namespace

// Emits the body of a forwarding function whose own frame has the
// signature sig (+ receiver recvT in the receiver slot, if recvFromSlot),
// or gets its receiver from the closure context (method values).
void FuncGen::genForwarder(Type* sig, Type* recvT, bool fromCtxt, const std::vector<std::pair<int64_t, Type*>>& path,
                           Type* base, const Method* m) {
  genForwarderMode(sig, recvT, fromCtxt ? 1 : 0, path, base, m);
}

void FuncGen::genForwarderMode(Type* sig, Type* recvT, int recvMode, const std::vector<std::pair<int64_t, Type*>>& path,
                               Type* base, const Method* m) {
  bool fromCtxt = recvMode == 1, fromParam = recvMode == 2;
  // Method expressions: the frame is sig's with the receiver as parameter 0.
  SigLayout L;
  if (fromParam) {
    std::vector<Field> ps{Field{"", recvT}};
    for (auto& f : sig->params) ps.push_back(f);
    L = layoutSig(newFunc(ps, sig->results, sig->variadic), nullptr);
    L.recv = L.params[0];
    L.params.erase(L.params.begin());
  } else {
    L = layoutSig(sig, fromCtxt ? nullptr : recvT);
  }
  P_->argSize = L.argSize;
  if (recvMode == 0 && recvT->kind != TPTR && !recvT->isDirectIface()) emit(DEREFRECV, L.recv, 0, 0, tsize(recvT));
  else emit(NOP);
  emit(NOP);
  top_ = L.total;
  localTop_ = top_;
  // The receiver: a value in frame slot `off`, or memory at *(p)+d.
  bool ptr = false;
  int32_t off = 0, p = 0;
  int64_t d = 0;
  if (fromCtxt) {
    int32_t ctx = alloc(8);
    emit(CTXT, ctx);
    off = alloc(slotSize(recvT));
    loadMem(off, ctx, 8, recvT, true);
  } else {
    off = L.recv;
  }
  Type* cur = recvT;
  bool recvIsPtr = cur->kind == TPTR && !cur->isNamed();
  // (*T).M with M declared on T: the value is copied out of *p (nil panics).
  bool derefDirect = fromParam && path.empty() && base->kind != TINTER && recvIsPtr && !m->ptrRecv;
  if (cur->kind == TPTR && (!path.empty() || derefDirect)) {
    ptr = true;
    p = off;
    d = 0;
  }
  for (auto& st : path) {
    Type* ft = st.second;
    bool fptr = ft->kind == TPTR && !ft->isNamed();
    if (ptr) {
      if (fptr) {
        int32_t np = alloc(8);
        emit(LOAD64, np, p, 0, d + st.first);
        p = np;
        d = 0;
      } else {
        d += st.first;
      }
    } else if (fptr) {
      int32_t np = alloc(8);
      emit(MOV8, np, off + int32_t(st.first));
      ptr = true;
      p = np;
      d = 0;
    } else {
      off += int32_t(st.first);
    }
  }
  bool inter = base->kind == TINTER;
  Type* calleeRecv = inter ? types::UnsafePointer : (m->ptrRecv ? newPtr(base) : base);
  if (path.empty() && !inter && !derefDirect) calleeRecv = recvT;  // method values: the receiver as bound
  SigLayout CL = layoutSig(sig, calleeRecv);
  int32_t cb = alloc(kHeaderSize + CL.total);
  int32_t a = cb + kHeaderSize;
  for (size_t i = 0; i < sig->params.size(); i++) move(a + CL.params[i], L.params[i], slotSize(sig->params[i].type));
  int32_t iv = -1;
  if (inter) {
    iv = alloc(16);
    if (ptr) loadMem(iv, p, d, base);
    else move(iv, off, 16);
  } else if (path.empty() && !derefDirect) {
    move(a + CL.recv, off, slotSize(calleeRecv));
  } else if (m->ptrRecv) {
    if (!ptr) throw std::runtime_error("codegen: promoted pointer method through a value");
    emit(ADDK, a + CL.recv, p, 0, d);
  } else if (derefDirect) {
    // (*T).M with a nil pointer: Go's panicwrap text, as DEREFRECV gives it.
    emit(MOV8, a + CL.recv, p);
    emit(DEREFRECV, a + CL.recv, 0, 0, tsize(base));
  } else if (ptr) {
    loadMem(a + CL.recv, p, d, base, false);
  } else {
    loadFrameMem(a + CL.recv, off, base);
  }
  // A deferred method value or promoted method is called through this
  // wrapper: recover() in the method must still see the deferred call's frame.
  emit(WRAPARGP, cb);
  if (inter) {
    int64_t idx = 0;
    for (size_t i = 0; i < base->methods.size(); i++)
      if (base->methods[i].name == m->name) idx = int64_t(i);
    emit(CALLINTER, cb, iv, 0, idx);
  } else {
    Proto* tp = protoOf(m->fn);
    if (tp->native) emit(CALLNATIVE, cb, 0, 0, int64_t(tp->native));
    else emit(CALL, cb, 0, 0, int64_t(tp));
  }
  for (size_t i = 0; i < sig->results.size(); i++)
    move(L.results[i], a + CL.results[i], slotSize(sig->results[i].type));
  emit(RET);
  P_->frameSize = maxTop_ + kHeaderSize + 64;
}

// x.M as a value: a closure binding x's receiver value.
void FuncGen::methodValue(Node* n, int32_t dst) {
  Node* x = n->left;
  Type* rt = x->type;
  Type* sig = n->type;
  const Method* m = nullptr;
  Method tmp;
  if (rt->kind == TINTER) {
    for (auto& mm : rt->methods)
      if (mm.name == n->name) m = &mm;
  } else {
    tmp.name = n->name;
    tmp.fn = methodFunc(n);
    tmp.type = sig;
    tmp.ptrRecv = tmp.fn->type->recv && tmp.fn->type->recv->kind == TPTR;
    if (!tmp.fn->type->recv) {
      // Std-lib methods (natives) carry no receiver in their signature: ask the type.
      Type* bt = rt->kind == TPTR && !rt->isNamed() && rt->elem ? rt->elem : rt;
      for (auto& mm : bt->methods)
        if (mm.name == n->name) tmp.ptrRecv = mm.ptrRecv;
    }
    m = &tmp;
  }
  if (!m) unsupported(n, "method value");
  // Receiver as the method takes it: *T for pointer methods, T for value methods.
  Type* recvT = rt;
  int32_t rv = expr(x);
  int32_t val = rv;
  // i.M of a nil interface panics when evaluated, as in Go.
  if (rt->kind == TINTER) emit(NILCHECK, 0, rv);
  if (rt->kind != TINTER && !m->ptrRecv && rt->kind == TPTR && !rt->isNamed()) {
    // (*p).M with a value method: copy *p now (nil panics here, as in Go).
    recvT = rt->elem;
    val = alloc(slotSize(recvT));
    loadMem(val, rv, 0, recvT);
  }
  auto* f = newFunc();
  f->name = (fn_ ? fn_->name : std::string("main")) + "." + n->name + "-fm";
  f->type = sig;
  auto* p = new Proto();
  p->fn = f;
  p->name = f->name;
  p->line = n->pos.line;
  f->code = p;
  {
    FuncGen g(p, f);
    g.genForwarder(sig, recvT, true, {}, rt->kind == TINTER ? rt : recvT, m);
  }
  int32_t c = alloc(8);
  emit(MALLOC, c, 0, 0, 8 + slotSize(recvT));
  int32_t fw = alloc(8);
  emit(CONST, fw, 0, 0, int64_t(f));
  emit(STORE64, c, fw, 0, 0);
  storeMem(c, 8, val, recvT, true);
  emit(MOV8, dst, c);
}

// T.M / (*T).M as a value: a func whose first parameter is the receiver
// (gc's methodExprName wrapper), reaching M through embedded fields or an
// interface's itab as a promotion wrapper does.
void FuncGen::methodExpr(Node* n, int32_t dst) {
  Type* T = n->left->type;
  Type* ft = n->type;
  std::vector<Field> rest(ft->params.begin() + 1, ft->params.end());
  Type* sig = newFunc(rest, ft->results, ft->variadic);
  calcSize(sig);
  const Method* m = nullptr;
  Type* base = nullptr;
  std::vector<std::pair<int64_t, Type*>> steps;
  if (T->kind == TINTER) {
    for (auto& mm : T->methods)
      if (mm.name == n->name) m = &mm;
    base = T;
  } else {
    Type* bt = T->kind == TPTR && !T->isNamed() ? T->elem : T;
    for (auto& mm : bt->methods)
      if (mm.name == n->name && mm.fn && mm.fn->decl) m = &mm, base = bt;
    if (!m) {
      std::vector<Step> path;
      if (!findPromoted(T, n->name, &path, &m, &base)) unsupported(n, "method expression");
      for (auto& s : path) steps.push_back({s.offset, s.type});
    }
  }
  if (!m) unsupported(n, "method expression");
  static std::map<std::pair<Type*, std::string>, Func*> cache;
  Func*& f = cache[{T, n->name}];
  if (!f) {
    f = newFunc();
    f->name = "main." + (T->kind == TPTR && !T->isNamed() ? "(*" + typeStringForError(T->elem) + ")" : typeStringForError(T)) + "." +
              n->name;
    f->type = ft;
    auto* p = new Proto();
    p->fn = f;
    p->name = f->name;
    p->line = n->pos.line;
    f->code = p;
    FuncGen g(p, f);
    g.genForwarderMode(sig, T, 2, steps, base, m);
  }
  // A static funcval: {fn}.
  int32_t c = alloc(8);
  emit(MALLOC, c, 0, 0, 8);
  int32_t fw = alloc(8);
  emit(CONST, fw, 0, 0, int64_t(f));
  emit(STORE64, c, fw, 0, 0);
  emit(MOV8, dst, c);
}

// Adds the promotion wrappers of t (a named struct or pointer to one) to
// its methods, once.
void ensureWrappers(Type* t) {
  Type* st = t->kind == TPTR && !t->isNamed() ? t->elem : t;
  // Methods of std-lib types are natives with no Proto until called directly:
  // make one now, as an itab calls fun[i]->code.
  for (Type* x : {t, st})
    if (x)
      for (auto& m : x->methods)
        if (m.fn && !m.fn->code && m.fn->body.empty() && lookupNative(m.fn->name)) protoOf(m.fn);
  // Unnamed structs too: var v I = struct{ S }{} uses S's promoted methods.
  if (!st || st->kind != TSTRUCT) return;
  static std::set<Type*> done;
  if (!done.insert(st).second) return;
  // Candidate names: methods of every embedded type, any depth.
  std::set<std::string> names;
  std::vector<Type*> work{st};
  std::set<Type*> seen;
  while (!work.empty()) {
    Type* x = work.back();
    work.pop_back();
    if (!x || !seen.insert(x).second) continue;
    if (x != st)
      for (auto& m : x->methods) names.insert(m.name);
    if (x->kind == TSTRUCT)
      for (auto& f : x->fields)
        if (f.embedded) work.push_back(f.type->kind == TPTR && !f.type->isNamed() ? f.type->elem : f.type);
  }
  std::vector<Method> added;
  for (const std::string& name : names) {
    bool declared = false;
    for (auto& m : st->methods)
      if (m.name == name) declared = true;
    if (declared) continue;
    std::vector<Step> path;
    const Method* m = nullptr;
    Type* base = nullptr;
    if (!findPromoted(st, name, &path, &m, &base)) continue;
    std::vector<std::pair<int64_t, Type*>> steps;
    bool viaPtr = false;
    for (auto& s : path) {
      steps.push_back({s.offset, s.type});
      if (s.type->kind == TPTR) viaPtr = true;
    }
    for (int variant = 0; variant < 2; variant++) {
      bool ptrRecv = variant == 1;
      // T's method set has the promoted pointer methods only through an embedded pointer.
      if (!ptrRecv && m->ptrRecv && !viaPtr && base->kind != TINTER) continue;
      Type* recvT = ptrRecv ? newPtr(st) : st;
      calcSize(recvT);
      auto* f = newFunc();
      std::string tn = st->isNamed() ? st->sym : "struct {...}";
      f->name = ptrRecv ? "main.(*" + tn + ")." + name : "main." + tn + "." + name;
      f->type = m->type;
      auto* p = new Proto();
      p->fn = f;
      p->name = f->name;
      f->code = p;
      FuncGen g(p, f);
      g.genForwarder(m->type, recvT, false, steps, base, m);
      Method w;
      w.name = name;
      w.type = m->type;
      w.fn = f;
      w.ptrRecv = ptrRecv;
      added.push_back(w);
    }
  }
  for (auto& w : added) st->methods.push_back(w);
}

}  // namespace minigo::vm::cg
