// codegen_expr.cpp — codegen: expressions, conversions and composite values.
#include "vm/codegen.h"

namespace minigo::vm {
NativeFn ifaceNative(const std::string& name);  // natives_iface.cpp
}

namespace minigo::vm::cg {

// An expression's init statements (typecheck puts f(g())'s multi-value
// assignment there) run first, above the temporaries already in flight.
void FuncGen::exprInit(Node* n) {
  if (n->init.empty()) return;
  int32_t savedLocalTop = localTop_;
  localTop_ = top_;
  stmts(n->init);
  n->init.clear();  // generated once: the node may be visited again
  top_ = localTop_;
  localTop_ = savedLocalTop;
}

int32_t FuncGen::expr(Node* n) {
  exprInit(n);
  if ((n->op == OCALLFUNC || n->op == OCALLMETH || n->op == OCALLINTER) && n->type && n->type->kind != TTUPLE) {
    // The result stays where the callee left it (the region is a live temp).
    int32_t base = call(n);
    Type* ft = calleeType(n);
    SigLayout L = layoutSig(ft, nullptr);
    if (!L.results.empty()) return base + kHeaderSize + L.results[0];
  }
  if (n->op == ONAME && n->name_ && n->name_->kind == ObjKind::Var && n->name_->cls != PEXTERN) {
    VarLoc& v = local(n->name_);
    if (!v.heap) return v.off;
  }
  int32_t t = alloc(std::max<int64_t>(8, slotSize(n->type)));
  exprTo(n, t);
  return t;
}

void FuncGen::exprTo(Node* n, int32_t dst) {
  exprInit(n);
  int saveLine = line_;
  if (n->pos.line) line_ = n->pos.line;
  exprTo1(n, dst);
  line_ = saveLine;
}

void FuncGen::exprTo1(Node* n, int32_t dst) {
  Type* t = n->type;
  switch (n->op) {
    case OLITERAL: literal(n, dst); return;
    case ONIL: emit(ZERO, dst, 0, 0, std::max<int64_t>(8, slotSize(t))); return;
    case ONAME: {
      Name* nm = n->name_;
      if (nm->kind == ObjKind::Func || nm->cls == PFUNC) {
        emit(CONST, dst, 0, 0, int64_t(staticFuncVal(nm->fn)));
        return;
      }
      if (nm->kind == ObjKind::Const) {
        Node tmp = *n;
        tmp.val = nm->val;
        literal(&tmp, dst);
        return;
      }
      LV lv = lvalue(n);
      loadLV(lv, dst, t);
      return;
    }
    case OPAREN: exprTo(n->left, dst); return;
    case OADD: case OSUB: case OMUL: case ODIV: case OMOD: case OAND: case OOR: case OXOR:
    case OANDNOT: case OLSH: case ORSH: {
      if ((n->op == OADD || n->op == OSUB) && t->isInteger() && n->right->op == OLITERAL &&
          n->right->val.kind() == Constant::Int && n->right->val.fitsInt64()) {
        int32_t x = expr(n->left);
        int64_t k = n->right->val.int64Val();
        emit(ADDK, dst, x, 0, n->op == OADD ? k : int64_t(0 - uint64_t(k)));
        normalize(dst, t);
        return;
      }
      int32_t x = expr(n->left);
      int32_t y = expr(n->right);
      binary(n->op, t, dst, x, y, n->right->type, n);
      return;
    }
    case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE: {
      int32_t x = expr(n->left);
      int32_t y = expr(n->right);
      compare(n->op, n->left->type, dst, x, y, n->right->type);
      return;
    }
    case OANDAND: case OOROR: case ONOT: {
      std::vector<int> f;
      condJump(n, false, f);
      emit(CONST, dst, 0, 0, 1);
      int j = emit(JMP);
      patch(f, here());
      emit(CONST, dst, 0, 0, 0);
      patchOne(j, here());
      return;
    }
    case ONEG: {
      int32_t x = expr(n->left);
      if (t->kind == TCOMPLEX64 || t->kind == TCOMPLEX128) complexNeg(t, dst, x);
      else if (t->kind == TFLOAT64) emit(NEGF64, dst, x);
      else if (t->kind == TFLOAT32) emit(NEGF32, dst, x);
      else {
        emit(NEG, dst, x);
        normalize(dst, t);
      }
      return;
    }
    case OPLUS: exprTo(n->left, dst); return;
    case OBITNOT: {
      int32_t x = expr(n->left);
      emit(COM, dst, x);
      normalize(dst, t);
      return;
    }
    case OCONV: conv(n, dst); return;
    case OCONVNOP:
      if (t->isInterface() && n->left->type->isInterface() && !identical(t, n->left->type)) {
        int32_t x = expr(n->left);
        convIface(dst, x, n->left->type, t);
        return;
      }
      exprTo(n->left, dst);
      return;
    case OCONVIFACE: {
      int32_t x = expr(n->left);
      convIface(dst, x, n->left->type, t);
      return;
    }
    case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OCALLRT: {
      int32_t base = call(n);
      Type* ft = calleeType(n);
      if (!ft) {
        // OCALLRT: one result right after the arguments.
        moveT(dst, base + kHeaderSize + rtArgSize(n), t);
        // gc turns []byte("const") / []rune("const") into an exact-size array: cap == len.
        if ((n->name == "stringtoslicebyte" || n->name == "stringtoslicerune") && n->list.size() == 1 &&
            n->list[0]->op == OLITERAL)
          emit(MOV8, dst + 16, dst + 8);
        return;
      }
      SigLayout L = layoutSig(ft, nullptr);
      if (L.results.empty()) return;
      moveT(dst, base + kHeaderSize + L.results[0], ft->results[0].type);
      return;
    }
    case ODEREF: case ODOTPTR: case ODOT: case OINDEX: {
      if (n->op == OINDEX && n->left->type->isString()) {
        int32_t s = expr(n->left);
        int32_t i = expr(n->right);
        markIndexType(emit(INDEXSTR, dst, s, i), n->right->type);
        return;
      }
      if (n->op == OINDEX && n->left->type->kind == TMAP) unsupported(n, "map index");
      LV lv = lvalue(n);
      loadLV(lv, dst, t);
      return;
    }
    case OADDR: addrOf(n->left, dst); return;
    case OINDEXMAP: mapIndex(n, dst); return;
    case ODOTTYPE: case ODOTTYPE2: dotType(n, dst, -1); return;
    case OMETHVALUE: methodValue(n, dst); return;
    case OMETHEXPR: methodExpr(n, dst); return;
    case OCOMPLEX: case OREAL: case OIMAG: complexBuiltin(n, dst); return;
    case OMAKEMAP: makeMap(n, dst); return;
    case OMAKECHAN: makeChan(n, dst); return;
    case OMAPLIT: mapLit(n, dst); return;
    case OLEN: case OCAP: {
      Type* xt = n->left->type;
      if (xt->kind == TPTR) xt = xt->elem;
      if (xt->kind == TARRAY) {
        // Not folded by typecheck, so x holds a call or receive: evaluate it (gc does, even for nil *array).
        expr(n->left);
        emit(CONST, dst, 0, 0, xt->len);
        return;
      }
      if (xt->kind == TMAP) {
        mapLen(n, dst);
        return;
      }
      int32_t x = expr(n->left);
      if (xt->kind == TSTRING || xt->kind == TSLICE) {
        emit(MOV8, dst, x + (n->op == OLEN ? 8 : 16));
        return;
      }
      unsupported(n, "len/cap operand");
    }
    case OSTRUCTLIT: {
      emit(ZERO, dst, 0, 0, slotSize(t));
      for (size_t i = 0; i < n->list.size(); i++) {
        Node* e = n->list[i];
        int idx = int(i);
        Node* v = e;
        if (e->op == OSTRUCTKEY || e->op == OKEY) {
          v = e->left;
          if (e->op == OKEY) v = e->right;
          idx = e->fieldIndex;
          if (idx < 0)
            for (size_t j = 0; j < t->fields.size(); j++)
              if (t->fields[j].name == e->name) idx = int(j);
        }
        if (idx < 0 || idx >= int(t->fields.size())) unsupported(n, "struct literal key");
        const Field& f = t->fields[size_t(idx)];
        int32_t x = expr(v);
        if (f.name == "_") continue;  // evaluated, but blank fields stay zero (as gc)
        storeFrameMem(dst + int32_t(f.offset), x, f.type);
      }
      return;
    }
    case OARRAYLIT: {
      emit(ZERO, dst, 0, 0, slotSize(t));
      int64_t es = tsize(t->elem), i = 0;
      for (Node* e : n->list) {
        Node* v = e;
        if (e->op == OKEY) {
          i = e->left->val.int64Val();
          v = e->right;
        }
        int32_t x = expr(v);
        storeFrameMem(dst + int32_t(i * es), x, t->elem);
        i++;
      }
      return;
    }
    case OSLICELIT: {
      int64_t es = tsize(t->elem), i = 0, n_ = 0;
      for (Node* e : n->list) {
        if (e->op == OKEY) i = e->left->val.int64Val();
        i++;
        n_ = std::max(n_, i);
      }
      int32_t p = alloc(8);
      emit(MALLOC, p, 0, 0, std::max<int64_t>(1, n_ * es));
      i = 0;
      for (Node* e : n->list) {
        Node* v = e;
        if (e->op == OKEY) {
          i = e->left->val.int64Val();
          v = e->right;
        }
        int32_t x = expr(v);
        storeMem(p, i * es, x, t->elem);
        i++;
      }
      emit(MOV8, dst, p);
      emit(CONST, dst + 8, 0, 0, n_);
      emit(CONST, dst + 16, 0, 0, n_);
      return;
    }
    case OSLICE: case OSLICE3: case OSLICESTR: case OSLICEARR: sliceExpr(n, dst); return;
    case ONEW: case ONEWOBJ: {
      Type* et = t->elem;
      emit(NEWOBJ, dst, 0, 0, int64_t(et));
      return;
    }
    case OMAKESLICE: {
      // makeslice(et, len, cap)
      int32_t base = alloc(kHeaderSize + 48);
      int32_t a = base + kHeaderSize;
      int32_t l = expr(n->left);
      Node* capn = n->right;
      int32_t c = capn ? expr(capn) : l;
      emit(CONST, a, 0, 0, int64_t(t->elem));
      emit(MOV8, a + 8, l);
      emit(MOV8, a + 16, c);
      emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("makeslice")));
      emit(MOV24, dst, a + 24);
      return;
    }
    case OAPPEND: appendExpr(n, dst); return;
    case OCOPY: {
      int32_t base = alloc(kHeaderSize + 64);
      int32_t a = base + kHeaderSize;
      exprTo(n->left, a);
      int32_t r = expr(n->right);
      if (n->right->type->isString()) {
        emit(MOV16, a + 24, r);
        emit(MOV8, a + 40, r + 8);
      } else {
        emit(MOV24, a + 24, r);
      }
      emit(CONST, a + 48, 0, 0, tsize(n->left->type->elem));
      emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("slicecopy")));
      emit(MOV8, dst, a + 56);
      return;
    }
    case OFUNCLIT: case OCLOSURE: closure(n, dst); return;
    case OPANIC: {
      int32_t v = expr(n->left);
      emit(PANIC, 0, v);
      return;
    }
    default: unsupported(n, "expression");
  }
}

void FuncGen::literal(Node* n, int32_t dst) {
  Type* t = n->type;
  const Constant& v = n->val;
  switch (t->kind) {
    case TBOOL: emit(CONST, dst, 0, 0, v.boolVal() ? 1 : 0); return;
    case TSTRING: {
      G_->strings.push_back(v.stringVal());
      const std::string& s = G_->strings.back();
      emit(CONST, dst, 0, 0, int64_t(s.data()));
      emit(CONST, dst + 8, 0, 0, int64_t(s.size()));
      return;
    }
    case TFLOAT64: {
      double d = v.float64Val();
      int64_t bits;
      std::memcpy(&bits, &d, 8);
      emit(CONST, dst, 0, 0, bits);
      return;
    }
    case TCOMPLEX64: case TCOMPLEX128: complexLiteral(t, v, dst); return;
    case TFLOAT32: {
      float f = v.float32Val();
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      emit(CONST, dst, 0, 0, int64_t(bits));
      return;
    }
    default:
      if (t->isInteger()) {
        emit(CONST, dst, 0, 0, v.fitsInt64() ? v.int64Val() : int64_t(v.uint64Val()));
        return;
      }
      if (t->kind == TINTER || t->kind == TPTR || t->kind == TSLICE || t->kind == TMAP || t->kind == TFUNC ||
          t->kind == TCHAN || t->kind == TUNSAFEPTR) {
        emit(ZERO, dst, 0, 0, slotSize(t));
        return;
      }
      unsupported(n, "literal of type " + typeString(t));
  }
}

void FuncGen::binary(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Type* yt, Node* n) {
  if (t->kind == TSTRING && op == OADD) {
    // x + y (walk turns longer chains into concatstrings)
    int32_t base = alloc(kHeaderSize + 48);
    int32_t arr = alloc(32);
    emit(MOV16, arr, x);
    emit(MOV16, arr + 16, y);
    int32_t a = base + kHeaderSize;
    emit(LEA, a, arr);
    emit(CONST, a + 8, 0, 0, 2);
    emit(CONST, a + 16, 0, 0, 2);
    emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("concatstrings")));
    emit(MOV16, dst, a + 24);
    return;
  }
  if (t->kind == TCOMPLEX64 || t->kind == TCOMPLEX128) {
    complexBinary(op, t, dst, x, y, n);
    return;
  }
  if (t->kind == TFLOAT64 || t->kind == TFLOAT32) {
    bool f32 = t->kind == TFLOAT32;
    uint16_t o;
    switch (op) {
      case OADD: o = f32 ? ADDF32 : ADDF64; break;
      case OSUB: o = f32 ? SUBF32 : SUBF64; break;
      case OMUL: o = f32 ? MULF32 : MULF64; break;
      case ODIV: o = f32 ? DIVF32 : DIVF64; break;
      default: unsupported(n, "float operator");
    }
    emit(o, dst, x, y);
    return;
  }
  if (!t->isInteger()) unsupported(n, "operator on " + typeString(t));
  bool uns = t->isUnsigned();
  uint16_t o;
  switch (op) {
    case OADD: o = ADD; break;
    case OSUB: o = SUB; break;
    case OMUL: o = MUL; break;
    case ODIV: o = uns ? DIVU : DIV; break;
    case OMOD: o = uns ? MODU : MOD; break;
    case OAND: o = AND; break;
    case OOR: o = OR; break;
    case OXOR: o = XOR; break;
    case OANDNOT: o = ANDNOT; break;
    case OLSH: o = SHL; break;
    case ORSH: o = uns ? SHRU : SHR; break;
    default: unsupported(n, "integer operator");
  }
  if ((op == OLSH || op == ORSH) && yt && isSigned(yt)) emit(CHKSHIFT, 0, y);
  emit(o, dst, x, y);
  if (op != OAND && op != OANDNOT && op != ORSH) normalize(dst, t);
  else if (op == OAND || op == OANDNOT) { /* stays within width */ }
}

void FuncGen::compare(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Type* yt) {
  if (t->kind == TSTRING) {
    if (op == OEQ || op == ONE) {
      emit(op == OEQ ? EQSTR : NESTR, dst, x, y);
      return;
    }
    int32_t c = alloc(8), z = alloc(8);
    emit(CMPSTR, c, x, y);
    emit(CONST, z, 0, 0, 0);
    static const uint16_t ops[] = {EQ, NE, LT, LE, GT, GE};
    emit(ops[op - OEQ], dst, c, z);
    return;
  }
  if (t->kind == TCOMPLEX64 || t->kind == TCOMPLEX128) {
    complexCompare(op, t, dst, x, y);
    return;
  }
  if (t->kind == TFLOAT64 || t->kind == TFLOAT32) {
    static const uint16_t f64[] = {EQF64, NEF64, LTF64, LEF64, GTF64, GEF64};
    static const uint16_t f32[] = {EQF32, NEF32, LTF32, LEF32, GTF32, GEF32};
    emit((t->kind == TFLOAT64 ? f64 : f32)[op - OEQ], dst, x, y);
    return;
  }
  if (t->kind == TINTER && yt && yt->kind != TNIL && compareTyped(op, t, dst, x, y)) return;
  if ((t->kind == TSTRUCT || t->kind == TARRAY) && compareTyped(op, t, dst, x, y)) return;
  if (t->kind == TINTER || t->kind == TSLICE) {
    // comparison with nil: the first word
    emit(op == OEQ ? EQ : NE, dst, x, yt && yt->kind == TNIL ? zeroTemp(types::Int) : y);
    if (yt && yt->kind != TNIL && t->kind == TINTER) {
      // both interfaces: compare both words (type and data; good for pointer-shaped values)
      int32_t d = alloc(8);
      emit(op == OEQ ? EQ : NE, d, x + 8, y + 8);
      emit(op == OEQ ? AND : OR, dst, dst, d);
    }
    return;
  }
  if (t->kind == TSTRUCT || t->kind == TARRAY) {
    // Field-wise: ok for plain-memory types.
    int32_t r = alloc(8);
    emit(CONST, dst, 0, 0, 1);
    for (int64_t o = 0; o < tsize(t); o += 8) {
      int64_t w = std::min<int64_t>(8, tsize(t) - o);
      int32_t a = alloc(8), b = alloc(8);
      if (w == 8) {
        emit(MOV8, a, x + int32_t(o));
        emit(MOV8, b, y + int32_t(o));
      } else {
        emit(MOV8, a, x + int32_t(o));
        emit(MOV8, b, y + int32_t(o));
        int32_t m = alloc(8);
        emit(CONST, m, 0, 0, int64_t((uint64_t(1) << (w * 8)) - 1));
        emit(AND, a, a, m);
        emit(AND, b, b, m);
      }
      emit(EQ, r, a, b);
      emit(AND, dst, dst, r);
    }
    if (op == ONE) emit(NOT, dst, dst);
    return;
  }
  bool uns = t->isUnsigned() || t->kind == TPTR || t->kind == TUNSAFEPTR;
  uint16_t o;
  switch (op) {
    case OEQ: o = EQ; break;
    case ONE: o = NE; break;
    case OLT: o = uns ? LTU : LT; break;
    case OLE: o = uns ? LEU : LE; break;
    case OGT: o = uns ? GTU : GT; break;
    default: o = uns ? GEU : GE; break;
  }
  emit(o, dst, x, y);
}

void FuncGen::conv(Node* n, int32_t dst) {
  Type* to = n->type;
  Type* from = n->left->type;
  int32_t x = expr(n->left);
  if (to->isComplex() && from->isComplex()) {
    complexConv(dst, x, from, to);
    return;
  }
  if (to->isInteger() && from->isInteger()) {
    emit(MOV8, dst, x);
    normalize(dst, to);
    return;
  }
  if (to->isFloat() && from->isInteger()) {
    bool u = from->isUnsigned();
    if (to->kind == TFLOAT64) emit(u ? U2F64 : I2F64, dst, x);
    else emit(u ? U2F32 : I2F32, dst, x);
    return;
  }
  if (to->isInteger() && from->isFloat()) {
    bool u = to->isUnsigned();
    if (from->kind == TFLOAT64) emit(u ? F642U : F642I, dst, x);
    else emit(u ? F322U : F322I, dst, x);
    normalize(dst, to);
    return;
  }
  if (to->isFloat() && from->isFloat()) {
    if (to->kind == from->kind) emit(MOV8, dst, x);
    else if (to->kind == TFLOAT64) emit(F322F64, dst, x);
    else emit(F642F32, dst, x);
    return;
  }
  if (to->kind == TSTRING && from->isInteger()) {
    nativeCall1("intstring", dst, {x}, {8}, 16);
    return;
  }
  if (to->kind == TSTRING && from->kind == TSLICE) {
    nativeCall1(from->elem->kind == TUINT8 ? "slicebytetostring" : "slicerunetostring", dst, {x}, {24}, 16);
    return;
  }
  if (to->kind == TSLICE && from->isString()) {
    nativeCall1(to->elem->kind == TUINT8 ? "stringtoslicebyte" : "stringtoslicerune", dst, {x}, {16}, 24);
    return;
  }
  if (to->kind == TPTR && to->elem && to->elem->kind == TARRAY && from->kind == TSLICE) {
    // (*[N]T)(s): Go's panicSliceConvert when len(s) < N (natives_iface.cpp).
    int32_t base = alloc(kHeaderSize + 40);
    move(base + kHeaderSize, x, 24);
    emit(CONST, base + kHeaderSize + 24, 0, 0, to->elem->len);
    emit(CALLNATIVE, base, 0, 0, int64_t(ifaceNative("slicetoarrayptr")));
    emit(MOV8, dst, base + kHeaderSize + 32);
    return;
  }
  moveT(dst, x, to);
}

void FuncGen::nativeCall1(const char* name, int32_t dst, std::vector<int32_t> args, std::vector<int64_t> sizes, int64_t resSize) {
  int64_t total = 0;
  for (auto s : sizes) total += (s + 7) & ~7;
  int32_t base = alloc(kHeaderSize + total + resSize);
  int32_t a = base + kHeaderSize;
  int64_t off = 0;
  for (size_t i = 0; i < args.size(); i++) {
    move(a + int32_t(off), args[i], (sizes[i] + 7) & ~7);
    off += (sizes[i] + 7) & ~7;
  }
  NativeFn f = lookupNative(name);
  if (!f) throw std::runtime_error(std::string("codegen: no native ") + name);
  emit(CALLNATIVE, base, 0, 0, int64_t(f));
  move(dst, a + int32_t(off), (resSize + 7) & ~7);
}

void FuncGen::convIface(int32_t dst, int32_t x, Type* from, Type* to) {
  if (from->isInterface()) {
    if (to->isEmptyInterface() && !from->isEmptyInterface()) {
      // iface -> eface: the type is in the itab
      int32_t tab = alloc(8);
      emit(MOV8, tab, x);
      int32_t ty = alloc(8);
      std::vector<int> nil;
      nil.push_back(emit(JEQK, 0, tab, 0, 0));
      emit(LOAD64, ty, tab, 0, offsetof(rt::Itab, type));
      int j = emit(JMP);
      patch(nil, here());
      emit(CONST, ty, 0, 0, 0);
      patchOne(j, here());
      emit(MOV8, dst + 8, x + 8);
      emit(MOV8, dst, ty);
      return;
    }
    if (to->isEmptyInterface() || from == to || identical(from, to)) {
      move(dst, x, 16);
      return;
    }
    convI2I(dst, x, from, to);
    return;
  }
  ensureWrappers(from);  // promoted methods, for itabs and fmt
  int64_t tw = to->isEmptyInterface() ? int64_t(from) : int64_t(getitab(to, from));
  if (from->kind == TNIL) {
    emit(ZERO, dst, 0, 0, 16);
    return;
  }
  if (from->isDirectIface()) {
    emit(MOV8, dst + 8, x);
  } else {
    int32_t p = alloc(8);
    emit(NEWOBJ, p, 0, 0, int64_t(from));
    storeMem(p, 0, x, from);
    emit(MOV8, dst + 8, p);
  }
  emit(CONST, dst, 0, 0, tw);
}

void FuncGen::addrOf(Node* x, int32_t dst) {
  if (x->op == OSTRUCTLIT || x->op == OARRAYLIT || x->op == OCOMPLIT || x->op == OMAPLIT || x->op == OSLICELIT) {
    int32_t v = expr(x);
    emit(NEWOBJ, dst, 0, 0, int64_t(x->type));
    storeMem(dst, 0, v, x->type);
    return;
  }
  LV lv = lvalue(x);
  if (lv.kind == LV::Ptr) {
    if (lv.disp) emit(ADDK, dst, lv.off, 0, lv.disp);
    else emit(MOV8, dst, lv.off);
    return;
  }
  throw std::runtime_error("codegen: address of a non-escaping variable at line " + std::to_string(x->pos.line));
}

void FuncGen::sliceExpr(Node* n, int32_t dst) {
  Type* xt = n->left->type;
  int32_t src = alloc(24);
  int64_t es = 1;
  int64_t mode = 0;
  if (n->op == OSLICESTR || xt->isString()) {
    int32_t s = expr(n->left);
    emit(MOV16, src, s);
    mode |= MINIGO_SLICE_MODE_STRING;
  } else if (xt->kind == TSLICE) {
    int32_t s = expr(n->left);
    emit(MOV24, src, s);
    es = tsize(xt->elem);
  } else {
    // slicing an array through its address (left is a *[N]T or an addressable array)
    Type* at = xt->kind == TPTR ? xt->elem : xt;
    if (xt->kind == TPTR) {
      int32_t p = expr(n->left);
      emit(NILCHECK, 0, p);  // p[lo:hi] of a nil *array panics, as Go's nil check
      emit(MOV8, src, p);
    } else {
      addrOf(n->left, src);
    }
    emit(CONST, src + 8, 0, 0, at->len);
    emit(CONST, src + 16, 0, 0, at->len);
    es = tsize(at->elem);
    mode |= MINIGO_SLICE_MODE_ARRAY;
  }
  int32_t idx = alloc(24);
  Node* lo = n->list.size() > 0 ? n->list[0] : nullptr;
  Node* hi = n->list.size() > 1 ? n->list[1] : nullptr;
  Node* mx = n->list.size() > 2 ? n->list[2] : nullptr;
  if (lo) exprTo(lo, idx);
  else emit(CONST, idx, 0, 0, 0);
  if (hi) exprTo(hi, idx + 8);
  else emit(MOV8, idx + 8, src + 8);
  if (mx) {
    exprTo(mx, idx + 16);
    mode |= MINIGO_SLICE_MODE_3INDEX;
  }
  int at = emit(SLICE, dst, src, idx, es | (mode << 32));
  for (Node* x : n->list)
    if (x) markIndexType(at, x->type);
}

void FuncGen::appendExpr(Node* n, int32_t dst) {
  Type* st = n->type;
  Type* et = st->elem;
  int64_t es = tsize(et);
  Node* s0 = n->list[0];
  if (n->isDDD) {
    int32_t base = alloc(kHeaderSize + 88);
    int32_t a = base + kHeaderSize;
    emit(CONST, a, 0, 0, int64_t(et));
    exprTo(s0, a + 8);
    int32_t t = expr(n->list[1]);
    if (n->list[1]->type->isString()) {
      emit(MOV16, a + 32, t);
      emit(MOV8, a + 48, t + 8);
    } else {
      emit(MOV24, a + 32, t);
    }
    emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("appendslice")));
    emit(MOV24, dst, a + 56);
    return;
  }
  int32_t s = alloc(24);
  exprTo(s0, s);
  size_t k = n->list.size() - 1;
  std::vector<int32_t> vals;
  for (size_t i = 1; i < n->list.size(); i++) {
    int32_t v = alloc(slotSize(et));
    exprTo(n->list[i], v);
    vals.push_back(v);
  }
  if (k == 0) {
    emit(MOV24, dst, s);
    return;
  }
  int32_t oldlen = alloc(8), nl = alloc(8);
  emit(MOV8, oldlen, s + 8);
  emit(ADDK, nl, oldlen, 0, int64_t(k));
  int jok = emit(JLEU, 0, nl, s + 16);
  {
    int32_t base = alloc(kHeaderSize + 64);
    int32_t a = base + kHeaderSize;
    emit(CONST, a, 0, 0, int64_t(et));
    emit(MOV24, a + 8, s);
    emit(MOV8, a + 32, nl);
    emit(CALLNATIVE, base, 0, 0, int64_t(lookupNative("growslice")));
    emit(MOV24, s, a + 40);
  }
  patchOne(jok, here());
  emit(MOV8, s + 8, nl);
  int32_t p = alloc(8);
  emit(IDXADDR, p, s, oldlen, es);
  for (size_t i = 0; i < k; i++) storeMem(p, int64_t(i) * es, vals[i], et);
  emit(MOV24, dst, s);
}

}  // namespace minigo::vm::cg
