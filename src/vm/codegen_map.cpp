// codegen_map.cpp — codegen: maps, as gc's walk lowers them to runtime calls
// (walk/assign.go, walk/range.go, walk/builtin.go):
//   make(map[K]V, n)  → makemap(maptype, n)
//   map[K]V{k: v}     → makemap + one mapassign per entry
//   m[k] (value)      → *mapaccess1(maptype, m, &k)
//   v, ok := m[k]     → mapaccess2
//   m[k] = v, op=, ++ → an LV::Map lvalue: m and k evaluated in order, then
//                       mapaccess1 to read, mapassign to write (at store time)
//   delete(m, k)      → mapdelete;  len(m) → m == nil ? 0 : m.count
//   for k, v := range m → mapiterinit / mapiternext over a hiter in the frame
// The natives and their frame layout are in natives_map.cpp; the MapType is
// resolved here, at compile time, and passed as a constant.
#include "runtime/map.h"
#include "vm/codegen.h"

namespace minigo::vm {
NativeFn mapNative(const std::string& name);  // natives_map.cpp
}

namespace minigo::vm::cg {

namespace {

NativeFn mapFn(const char* name) {
  NativeFn f = minigo::vm::mapNative(name);
  if (!f) throw std::runtime_error(std::string("codegen: no native ") + name);
  return f;
}

constexpr int32_t kMapKeyOff = 32;  // natives_map.cpp's frame layout

}  // namespace

// Reserves a map call frame: [0] maptype [8] map [16] result [24] ok [32] key.
int32_t FuncGen::mapFrame(Type* mt) {
  calcSize(mt);
  return alloc(kHeaderSize + kMapKeyOff + slotSize(mt->key));
}

void FuncGen::mapCall(const char* fn, Type* mt, int32_t base) {
  emit(CONST, base + kHeaderSize, 0, 0, int64_t(rt::maptypeOf(mt)));
  emit(CALLNATIVE, base, 0, 0, int64_t(mapFn(fn)));
}

void FuncGen::makeMap(Node* n, int32_t dst) {
  int32_t base = alloc(kHeaderSize + 24);
  int32_t a = base + kHeaderSize;
  if (n->left) exprTo(n->left, a + 8);
  else emit(CONST, a + 8, 0, 0, 0);
  mapCall("makemap", n->type, base);
  emit(MOV8, dst, a + 16);
}

void FuncGen::mapLit(Node* n, int32_t dst) {
  Type* mt = n->type;
  int32_t m = alloc(8);
  {
    int32_t base = alloc(kHeaderSize + 24);
    int32_t a = base + kHeaderSize;
    emit(CONST, a + 8, 0, 0, int64_t(n->list.size()));
    mapCall("makemap", mt, base);
    emit(MOV8, m, a + 16);
  }
  for (Node* e : n->list) {
    Node* kn = e->op == OKEY ? e->left : e;
    Node* vn = e->op == OKEY ? e->right : e;
    int32_t base = mapFrame(mt);
    int32_t a = base + kHeaderSize;
    exprTo(kn, a + kMapKeyOff);
    int32_t v = expr(vn);
    emit(MOV8, a + 8, m);
    mapCall("mapassign", mt, base);
    storeMem(a + 16, 0, v, mt->elem);
  }
  emit(MOV8, dst, m);
}

void FuncGen::mapIndex(Node* n, int32_t dst) {
  Type* mt = n->left->type;
  int32_t base = mapFrame(mt);
  int32_t a = base + kHeaderSize;
  exprTo(n->left, a + 8);
  exprTo(n->right, a + kMapKeyOff);
  mapCall("mapaccess1", mt, base);
  loadMem(dst, a + 16, 0, mt->elem);
}

LV FuncGen::mapLV(Node* n) {
  Type* mt = n->left->type;
  LV lv;
  lv.kind = LV::Map;
  lv.mapT = mt;
  lv.off = alloc(8);
  exprTo(n->left, lv.off);
  lv.key = alloc(slotSize(mt->key));
  exprTo(n->right, lv.key);
  return lv;
}

void FuncGen::mapLoadLV(const LV& lv, int32_t dst, Type* t) {
  int32_t base = mapFrame(lv.mapT);
  int32_t a = base + kHeaderSize;
  emit(MOV8, a + 8, lv.off);
  moveT(a + kMapKeyOff, lv.key, lv.mapT->key);
  mapCall("mapaccess1", lv.mapT, base);
  loadMem(dst, a + 16, 0, t);
}

void FuncGen::mapStoreLV(const LV& lv, int32_t src, Type* t) {
  int32_t base = mapFrame(lv.mapT);
  int32_t a = base + kHeaderSize;
  emit(MOV8, a + 8, lv.off);
  moveT(a + kMapKeyOff, lv.key, lv.mapT->key);
  mapCall("mapassign", lv.mapT, base);
  storeMem(a + 16, 0, src, t);
}

// v, ok = m[k]
void FuncGen::mapAccess2(Node* n) {
  Node* r = n->rlist.empty() ? n->right : n->rlist[0];
  std::vector<LV> lvs = lvalues(n);
  Type* mt = r->left->type;
  int32_t base = mapFrame(mt);
  int32_t a = base + kHeaderSize;
  exprTo(r->left, a + 8);
  exprTo(r->right, a + kMapKeyOff);
  mapCall("mapaccess2", mt, base);
  int32_t v = alloc(slotSize(mt->elem));
  loadMem(v, a + 16, 0, mt->elem);
  Type* types2[2] = {mt->elem, types::Bool};
  int32_t vals[2] = {v, a + 24};
  for (size_t i = 0; i < 2 && i < n->list.size(); i++) {
    Node* l = n->list[i];
    if (isBlank(l)) continue;
    int32_t x = convertTemp(vals[i], types2[i], l->type);
    if (n->colas && l->op == ONAME) assignNew(l, x);
    else storeLV(lvs[i], x, l->type);
  }
}

void FuncGen::mapDelete(Node* n) {
  Type* mt = n->left->type;
  int32_t base = mapFrame(mt);
  int32_t a = base + kHeaderSize;
  exprTo(n->left, a + 8);
  exprTo(n->right, a + kMapKeyOff);
  mapCall("mapdelete", mt, base);
}

void FuncGen::mapLen(Node* n, int32_t dst) {
  int32_t m = expr(n->left);
  emit(CONST, dst, 0, 0, 0);
  int j = emit(JEQK, 0, m, 0, 0);
  emit(LOAD64, dst, m, 0, offsetof(rt::hmap, count));
  patchOne(j, here());
}

// for k, v := range m { body }: gc's walkrange for maps.
void FuncGen::rangeMap(Node* n) {
  Type* mt = n->right->type;
  Node* k = n->list.size() > 0 ? n->list[0] : nullptr;
  Node* v = n->list.size() > 1 ? n->list[1] : nullptr;
  if (k && isBlank(k)) k = nullptr;
  if (v && isBlank(v)) v = nullptr;
  // Go 1.19: the iteration variables are declared once for the whole loop.
  if (n->colas) {
    if (k && k->op == ONAME) declare(k->name_, true);
    if (v && v->op == ONAME) declare(v->name_, true);
  }
  int32_t it = newLocal(sizeof(rt::hiter));
  emit(ZERO, it, 0, 0, sizeof(rt::hiter));
  {
    int32_t base = alloc(kHeaderSize + 24);
    int32_t a = base + kHeaderSize;
    exprTo(n->right, a + 8);
    emit(LEA, a + 16, it);
    mapCall("mapiterinit", mt, base);
  }
  BranchTarget bt;
  bt.label = pendingLabel_;
  bt.isLoop = true;
  pendingLabel_.clear();
  targets_.push_back(bt);
  int jcond = emit(JMP);
  int body = here();
  resetTemps();
  auto bind = [&](Node* x, int64_t field, Type* t) {
    if (!x) return;
    int32_t p = alloc(8);
    emit(MOV8, p, it + int32_t(field));
    int32_t val = alloc(slotSize(t));
    loadMem(val, p, 0, t);
    LV lv = lvalue(x);
    storeLV(lv, convertTemp(val, t, x->type), x->type);
  };
  bind(k, offsetof(rt::hiter, key), mt->key);
  bind(v, offsetof(rt::hiter, elem), mt->elem);
  stmts(n->body);
  int cont = here();
  resetTemps();
  {
    int32_t base = alloc(kHeaderSize + 8);
    emit(LEA, base + kHeaderSize, it);
    emit(CALLNATIVE, base, 0, 0, int64_t(mapFn("mapiternext")));
  }
  patchOne(jcond, here());
  int jb = emit(JNEK, 0, it + int32_t(offsetof(rt::hiter, key)), 0, 0);
  patchOne(jb, body);
  BranchTarget& t = targets_.back();
  patch(t.breaks, here());
  patch(t.continues, cont);
  targets_.pop_back();
}

}  // namespace minigo::vm::cg
