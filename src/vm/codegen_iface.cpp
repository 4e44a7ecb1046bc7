// codegen_iface.cpp — codegen: interfaces (gc's walk of ODOTTYPE, type
// switches, OCONVIFACE between interfaces, interface and struct ==):
//   x.(T), T concrete   → compare x's type word with T inline; else panicdottype
//   x.(I)               → assertE2I (itab, from runtime/iface.cpp's cache)
//   v, ok := x.(T)      → the same tests, no panic
//   switch v := x.(type)→ one type-word compare per concrete case, assertE2I2
//                         per interface case, the clause variable bound per case
//   I2(x) for interface x → convI2I
//   x == y on interfaces → efaceeq / ifaceeq; structs/arrays that are not
//                         plain memory → typeequal
#include "runtime/alg.h"
#include "vm/codegen.h"

namespace minigo::vm {
NativeFn ifaceNative(const std::string& name);  // natives_iface.cpp
}

namespace minigo::vm::cg {

namespace {

NativeFn ifn(const char* name) {
  NativeFn f = minigo::vm::ifaceNative(name);
  if (!f) throw std::runtime_error(std::string("codegen: no native ") + name);
  return f;
}

}  // namespace

// The dynamic type word of the interface value at x (of static type it).
int32_t FuncGen::dynType(int32_t x, Type* it) {
  int32_t ty = alloc(8);
  if (it->isEmptyInterface()) {
    emit(MOV8, ty, x);
    return ty;
  }
  emit(MOV8, ty, x);
  int j = emit(JEQK, 0, ty, 0, 0);
  emit(LOAD64, ty, ty, 0, offsetof(rt::Itab, type));
  patchOne(j, here());
  return ty;
}

// The value of concrete type T held by the interface at x (type already checked).
void FuncGen::ifaceData(int32_t dst, int32_t x, Type* T) {
  if (T->isDirectIface()) emit(MOV8, dst, x + 8);
  else loadMem(dst, x + 8, 0, T);
}

// dst (an interface of type I) <- the value at x (interface) with dynamic type ty.
// ok (if >= 0) receives whether the value satisfies I; without ok, failure panics.
void FuncGen::assertToIface(int32_t dst, int32_t ok, int32_t x, int32_t ty, Type* src, Type* I) {
  if (I->isEmptyInterface()) {
    if (ok < 0) {
      int j = emit(JNEK, 0, ty, 0, 0);
      int32_t base = alloc(kHeaderSize + 24);
      int32_t a = base + kHeaderSize;
      emit(CONST, a, 0, 0, 0);
      emit(CONST, a + 8, 0, 0, int64_t(I));
      emit(CONST, a + 16, 0, 0, int64_t(src));
      emit(CALLNATIVE, base, 0, 0, int64_t(ifn("panicdottype")));
      patchOne(j, here());
    } else {
      emit(CONST, ok, 0, 0, 0);
      int j = emit(JEQK, 0, ty, 0, 0);
      emit(CONST, ok, 0, 0, 1);
      patchOne(j, here());
    }
    emit(MOV8, dst + 8, x + 8);
    emit(MOV8, dst, ty);
    return;
  }
  int32_t base = alloc(kHeaderSize + 32);
  int32_t a = base + kHeaderSize;
  emit(CONST, a, 0, 0, int64_t(I));
  emit(MOV8, a + 8, ty);
  int32_t tab;
  if (ok < 0) {
    emit(CONST, a + 16, 0, 0, int64_t(src));
    emit(CALLNATIVE, base, 0, 0, int64_t(ifn("assertE2I")));
    tab = a + 24;
  } else {
    emit(CALLNATIVE, base, 0, 0, int64_t(ifn("assertE2I2")));
    tab = a + 16;
    emit(CONST, ok, 0, 0, 0);
  }
  emit(MOV8, dst + 8, x + 8);
  emit(MOV8, dst, tab);
  if (ok >= 0) {
    int j = emit(JEQK, 0, tab, 0, 0);
    emit(CONST, ok, 0, 0, 1);
    int e = emit(JMP);
    patchOne(j, here());
    emit(ZERO, dst, 0, 0, 16);
    patchOne(e, here());
  }
}

// x.(T) (ok < 0) or v, ok := x.(T).
void FuncGen::dotType(Node* n, int32_t dst, int32_t ok) {
  Type* src = n->left->type;
  Type* T = n->type;
  int32_t x = alloc(16);
  exprTo(n->left, x);
  int32_t ty = dynType(x, src);
  if (T->isInterface()) {
    assertToIface(dst, ok, x, ty, src, T);
    return;
  }
  int jfail = emit(JNEK, 0, ty, 0, int64_t(T));
  ifaceData(dst, x, T);
  if (ok >= 0) emit(CONST, ok, 0, 0, 1);
  int jend = emit(JMP);
  patchOne(jfail, here());
  if (ok >= 0) {
    emit(ZERO, dst, 0, 0, slotSize(T));
    emit(CONST, ok, 0, 0, 0);
  } else {
    int32_t base = alloc(kHeaderSize + 24);
    int32_t a = base + kHeaderSize;
    emit(MOV8, a, ty);
    emit(CONST, a + 8, 0, 0, int64_t(T));
    emit(CONST, a + 16, 0, 0, int64_t(src));
    emit(CALLNATIVE, base, 0, 0, int64_t(ifn("panicdottype")));
  }
  patchOne(jend, here());
}

// v, ok = x.(T)
void FuncGen::assign2DotType(Node* n) {
  Node* r = n->rlist.empty() ? n->right : n->rlist[0];
  std::vector<LV> lvs = lvalues(n);
  int32_t v = alloc(std::max<int64_t>(8, slotSize(r->type)));
  int32_t ok = alloc(8);
  dotType(r, v, ok);
  Type* ts[2] = {r->type, types::Bool};
  int32_t vals[2] = {v, ok};
  for (size_t i = 0; i < 2 && i < n->list.size(); i++) {
    Node* l = n->list[i];
    if (isBlank(l)) continue;
    int32_t x = convertTemp(vals[i], ts[i], l->type);
    if (n->colas && l->op == ONAME) assignNew(l, x);
    else storeLV(lvs[i], x, l->type);
  }
}

void FuncGen::typeSwitch(Node* n) {
  Node* g = n->left;
  Type* xt = g->left->type;
  int32_t x = newLocal(16);
  exprTo(g->left, x);
  int32_t ty = newLocal(8);
  {
    int32_t t0 = dynType(x, xt);
    emit(MOV8, ty, t0);
  }
  std::vector<std::vector<int>> toBody(n->list.size());
  int defaultCase = -1;
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* c = n->list[i];
    if (c->list.empty()) defaultCase = int(i);
    for (Node* v : c->list) {
      resetTemps();
      if (v->pos.line) line_ = v->pos.line;
      if (v->op == ONIL || !v->type || v->type->kind == TNIL) {
        toBody[i].push_back(emit(JEQK, 0, ty, 0, 0));
        continue;
      }
      Type* T = v->type;
      if (!T->isInterface()) {
        toBody[i].push_back(emit(JEQK, 0, ty, 0, int64_t(T)));
      } else if (T->isEmptyInterface()) {
        toBody[i].push_back(emit(JNEK, 0, ty, 0, 0));
      } else {
        int32_t base = alloc(kHeaderSize + 24);
        int32_t a = base + kHeaderSize;
        emit(CONST, a, 0, 0, int64_t(T));
        emit(MOV8, a + 8, ty);
        emit(CALLNATIVE, base, 0, 0, int64_t(ifn("assertE2I2")));
        toBody[i].push_back(emit(JNEK, 0, a + 16, 0, 0));
      }
    }
  }
  BranchTarget bt;
  bt.label = pendingLabel_;
  pendingLabel_.clear();
  targets_.push_back(bt);
  std::vector<int> ends;
  int jdef = emit(JMP);
  std::vector<int> bodyStart(n->list.size());
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* c = n->list[i];
    resetTemps();
    bodyStart[i] = here();
    patch(toBody[i], here());
    if (Name* nm = c->name_) {
      // The clause's variable: the case's type when it names exactly one type, else x's.
      Type* vt = nm->type;
      int32_t val = alloc(std::max<int64_t>(16, slotSize(vt)));
      if (vt == xt || identical(vt, xt)) moveT(val, x, xt);
      else if (!vt->isInterface()) ifaceData(val, x, vt);
      else assertToIface(val, alloc(8), x, ty, xt, vt);
      VarLoc& loc = local(nm);
      if (loc.heap) {
        emit(NEWOBJ, loc.off, 0, 0, int64_t(vt));
        storeMem(loc.off, 0, val, vt);
      } else {
        moveT(loc.off, val, vt);
      }
    }
    stmts(c->body);
    ends.push_back(emit(JMP));
  }
  if (defaultCase >= 0) patchOne(jdef, bodyStart[size_t(defaultCase)]);
  else ends.push_back(jdef);
  patch(ends, here());
  patch(targets_.back().breaks, here());
  targets_.pop_back();
}

// dst <- x converted from interface type `from` to interface type `to`.
void FuncGen::convI2I(int32_t dst, int32_t x, Type* from, Type* to) {
  int32_t ty = dynType(x, from);
  if (to->isEmptyInterface()) {
    emit(MOV8, dst + 8, x + 8);
    emit(MOV8, dst, ty);
    return;
  }
  int32_t base = alloc(kHeaderSize + 24);
  int32_t a = base + kHeaderSize;
  emit(CONST, a, 0, 0, int64_t(to));
  emit(MOV8, a + 8, ty);
  emit(CALLNATIVE, base, 0, 0, int64_t(ifn("convI2I")));
  emit(MOV8, dst + 8, x + 8);
  emit(MOV8, dst, a + 16);
}

// x == y (or !=) for interfaces, and structs/arrays that need typed equality.
// Returns false when t is compared some other way.
bool FuncGen::compareTyped(Op op, Type* t, int32_t dst, int32_t x, int32_t y) {
  if (t->kind == TINTER) {
    int32_t base = alloc(kHeaderSize + 40);
    int32_t a = base + kHeaderSize;
    emit(MOV16, a, x);
    emit(MOV16, a + 16, y);
    emit(CALLNATIVE, base, 0, 0, int64_t(ifn(t->isEmptyInterface() ? "efaceeq" : "ifaceeq")));
    if (op == OEQ) emit(MOV8, dst, a + 32);
    else emit(NOT, dst, a + 32);
    return true;
  }
  if ((t->kind == TSTRUCT || t->kind == TARRAY) && !rt::getAlg(t).memory) {
    int32_t base = alloc(kHeaderSize + 32);
    int32_t a = base + kHeaderSize;
    emit(CONST, a, 0, 0, int64_t(t));
    emit(LEA, a + 8, x);
    emit(LEA, a + 16, y);
    emit(CALLNATIVE, base, 0, 0, int64_t(ifn("typeequal")));
    if (op == OEQ) emit(MOV8, dst, a + 24);
    else emit(NOT, dst, a + 24);
    return true;
  }
  return false;
}

}  // namespace minigo::vm::cg
