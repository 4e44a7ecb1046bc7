// codegen_complex.cpp — complex64/complex128 values. A complex128 is two
// float64 slots (re at +0, im at +8); a complex64 is one slot holding two
// float32 (re at +0, im at +4), Go's memory layout. Component moves are
// inline; arithmetic on whole values calls natives_complex.cpp (Go's
// formulas in the operands' precision, runtime.complex128div for /).
#include <cstring>

#include "vm/codegen.h"
#include "vm/natives.h"

namespace minigo::vm {
void linkComplexNatives();
}

namespace minigo::vm::cg {

namespace {
const bool linked = (linkComplexNatives(), true);
}

void FuncGen::complexLiteral(Type* t, const Constant& v, int32_t dst) {
  Constant c = v.toComplex();
  if (t->kind == TCOMPLEX128) {
    double re = c.real().float64Val(), im = c.imag().float64Val();
    int64_t b;
    std::memcpy(&b, &re, 8);
    emit(CONST, dst, 0, 0, b);
    std::memcpy(&b, &im, 8);
    emit(CONST, dst + 8, 0, 0, b);
    return;
  }
  float re = c.real().float32Val(), im = c.imag().float32Val();
  uint32_t r, i;
  std::memcpy(&r, &re, 4);
  std::memcpy(&i, &im, 4);
  emit(CONST, dst, 0, 0, int64_t(uint64_t(r) | uint64_t(i) << 32));
}

void FuncGen::complexBinary(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Node* n) {
  bool c128 = t->kind == TCOMPLEX128;
  const char* name = nullptr;
  switch (op) {
    case OADD: name = c128 ? "complex128add" : "complex64add"; break;
    case OSUB: name = c128 ? "complex128sub" : "complex64sub"; break;
    case OMUL: name = c128 ? "complex128mul" : "complex64mul"; break;
    case ODIV: name = c128 ? "complex128div" : "complex64div"; break;
    default: unsupported(n, "complex operator");
  }
  int64_t w = c128 ? 16 : 8;
  nativeCall1(name, dst, {x, y}, {w, w}, w);
}

void FuncGen::complexCompare(Op op, Type* t, int32_t dst, int32_t x, int32_t y) {
  int64_t w = t->kind == TCOMPLEX128 ? 16 : 8;
  nativeCall1(w == 16 ? "complex128eq" : "complex64eq", dst, {x, y}, {w, w}, 8);
  if (op == ONE) emit(NOT, dst, dst);
}

void FuncGen::complexNeg(Type* t, int32_t dst, int32_t x) {
  if (t->kind == TCOMPLEX128) {
    emit(NEGF64, dst, x);
    emit(NEGF64, dst + 8, x + 8);
    return;
  }
  nativeCall1("complex64neg", dst, {x}, {8}, 8);
}

// Conversions between complex types (the only ones Go allows).
void FuncGen::complexConv(int32_t dst, int32_t x, Type* from, Type* to) {
  if (from->kind == to->kind) {
    move(dst, x, slotSize(to));
    return;
  }
  if (to->kind == TCOMPLEX128) nativeCall1("complex64to128", dst, {x}, {8}, 16);
  else nativeCall1("complex128to64", dst, {x}, {16}, 8);
}

// complex(re, im), real(x), imag(x).
void FuncGen::complexBuiltin(Node* n, int32_t dst) {
  if (n->op == OCOMPLEX) {
    int32_t re = expr(n->left);
    int32_t im = expr(n->right);
    if (n->type->kind == TCOMPLEX128) {
      int32_t t = alloc(16);  // dst may alias an operand
      emit(MOV8, t, re);
      emit(MOV8, t + 8, im);
      move(dst, t, 16);
    } else {
      nativeCall1("complex64make", dst, {re, im}, {8, 8}, 8);
    }
    return;
  }
  int32_t x = expr(n->left);
  bool real = n->op == OREAL;
  if (n->left->type->kind == TCOMPLEX128) emit(MOV8, dst, real ? x : x + 8);
  else nativeCall1(real ? "complex64real" : "complex64imag", dst, {x}, {8}, 8);
}

}  // namespace minigo::vm::cg
