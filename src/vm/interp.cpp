// interp.cpp — the interpreter loop: direct dispatch with computed goto over
// typed instructions on unboxed frame slots. No allocation, no name lookup
// and no per-instruction type test happen here; anything slow is a call into
// the runtime on a cold path.
#include "vm/interp.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/value.h"

namespace minigo::vm {

namespace {

// Frame memory is raw bytes; these aliasing-safe types read and write it.
typedef int64_t __attribute__((may_alias)) i64a;
typedef uint64_t __attribute__((may_alias)) u64a;
typedef int32_t __attribute__((may_alias)) i32a;
typedef uint32_t __attribute__((may_alias)) u32a;
typedef int16_t __attribute__((may_alias)) i16a;
typedef uint16_t __attribute__((may_alias)) u16a;
typedef double __attribute__((may_alias)) f64a;
typedef float __attribute__((may_alias)) f32a;
typedef uint8_t* __attribute__((may_alias)) ptra;

inline int64_t f64toi64(double x) {
  // Go on amd64 (CVTTSD2SQ): out-of-range and NaN give 0x8000000000000000.
  if (!(x > -9223372036854775808.0 && x < 9223372036854775808.0)) return INT64_MIN;
  return int64_t(x);
}
inline uint64_t f64tou64(double x) {
  // gc's amd64 sequence: values >= 2^63 are converted after subtracting 2^63.
  if (x < 9223372036854775808.0) return uint64_t(f64toi64(x));
  return uint64_t(f64toi64(x - 9223372036854775808.0)) ^ (uint64_t(1) << 63);
}

// The panic text of a failed bounds check prints an unsigned index as such.
bool idxSigned(const Proto* p, const Instr* pc) {
  int32_t at = int32_t(pc - p->code.data());
  return std::find(p->unsignedIdx.begin(), p->unsignedIdx.end(), at) == p->unsignedIdx.end();
}

}  // namespace

namespace {

// Go's newproc: a g whose first frame holds a copy of the caller-evaluated
// arguments, made runnable in runnext.
void newproc(Proto* callee, const uint8_t* args, int64_t argBytes, void* ctxt, int entry) {
  size_t need = size_t(callee->frameSize) + kHeaderSize + rt::kStackGuard;
  size_t sz = rt::kStackSmall;
  while (sz < need) sz *= 2;
  rt::G* ng = rt::gfget(sz);
  auto* h = (FrameHeader*)ng->stack;
  h->retpc = nullptr;
  h->caller = nullptr;
  h->callerFp = 0;
  h->ctxt = ctxt;
  if (argBytes) std::memcpy(ng->stack + kHeaderSize, args, size_t(argBytes));
  ng->proto = callee;
  ng->pc = callee->code.data() + entry;
  ng->fp = kHeaderSize;
  rt::newprocReady(ng);
}

}  // namespace

void spawnFuncVal(rt::FuncVal* fv) {
  auto* p = (Proto*)fv->fn->code;
  if (p->native) {
    // A native func() (context's CancelFunc given to time.AfterFunc) runs to
    // completion here: a g would start at its empty code.
    alignas(8) uint8_t frame[kHeaderSize + 8] = {};
    ((FrameHeader*)frame)->ctxt = fv;
    p->native(rt::sched.curg, frame + kHeaderSize);
    return;
  }
  newproc(p, nullptr, 0, fv, 1);
}

void resume(rt::G* g) {
  int64_t at = g->pc - g->proto->code.data();
  if (g->retryNative) {
    g->retryNative = false;
    at--;  // re-execute the native that parked
  }
  execute(g, g->proto, g->fp, int(at));
}

namespace {

// The loop itself. unwinding: a native called at g's saved pc let a panic
// through (PanicUnwind); continue that panic at run_panic.
void run(rt::G* g, Proto* proto, int64_t fpOff, int entry, bool unwinding) {
  static const void* labels[] = {
#define MINIGO_OPCODE_LABEL(name, fmt) &&L_##name,
      MINIGO_OPCODES(MINIGO_OPCODE_LABEL)
#undef MINIGO_OPCODE_LABEL
  };

  uint8_t* fp = g->stack + fpOff;
  const Instr* pc = proto->code.data() + entry;
  rt::RuntimeError err;

#define I64(o) (*(i64a*)(fp + (o)))
#define U64(o) (*(u64a*)(fp + (o)))
#define F64(o) (*(f64a*)(fp + (o)))
#define F32(o) (*(f32a*)(fp + (o)))
#define PTR(o) (*(ptra*)(fp + (o)))
#define DISPATCH() goto *labels[pc->op]
#define NEXT() \
  do {         \
    ++pc;      \
    DISPATCH(); \
  } while (0)
#define SAVE()                  \
  do {                          \
    g->pc = pc;                 \
    g->proto = proto;           \
    g->fp = fp - g->stack;      \
  } while (0)
// Safepoint (loop back-edges, taken branches, calls): the 10ms preemption
// tick set sched.preempt; yield if another g or a timer is waiting.
#define SAFEPOINT()                                         \
  do {                                                      \
    if (__builtin_expect(rt::sched.preempt, 0)) {           \
      rt::sched.preempt = false;                            \
      bool tick = true;                                     \
      if (rt::gcwaiting) { /* a collection is due */        \
        SAVE();                                             \
        tick = rt::gcSafepoint(g);                          \
      }                                                     \
      if (tick && rt::wantPreempt()) {                      \
        g->status = rt::_Grunnable;                         \
        SAVE();                                             \
        return;                                             \
      }                                                     \
    }                                                       \
  } while (0)
// After a native: it may have parked the g (gopark) or yielded.
#define AFTER_NATIVE()                                      \
  do {                                                      \
    if (__builtin_expect(g->status != rt::_Grunning, 0)) {  \
      g->pc = pc + 1;                                       \
      return;                                               \
    }                                                       \
  } while (0)
#define THROW(e)  \
  do {            \
    err = (e);    \
    goto panic_rt; \
  } while (0)

  if (__builtin_expect(unwinding, 0)) goto run_panic;
  DISPATCH();

L_NOP:
  NEXT();
L_DEREFRECV: {
  uint8_t* p = PTR(pc->a);
  // Only a nil *T in the interface gets here with nil: Go's panicwrap.
  if (!p) THROW(rt::makePanicWrap(proto->name));
  std::memcpy(fp + pc->a, p, size_t(pc->k));
  NEXT();
}
L_MOV8:
  I64(pc->a) = I64(pc->b);
  NEXT();
L_MOV16: {
  int64_t x = I64(pc->b), y = I64(pc->b + 8);
  I64(pc->a) = x;
  I64(pc->a + 8) = y;
  NEXT();
}
L_MOV24: {
  int64_t x = I64(pc->b), y = I64(pc->b + 8), z = I64(pc->b + 16);
  I64(pc->a) = x;
  I64(pc->a + 8) = y;
  I64(pc->a + 16) = z;
  NEXT();
}
L_MOVN:
  std::memmove(fp + pc->a, fp + pc->b, size_t(pc->k));
  NEXT();
L_MOV1:
  fp[pc->a] = fp[pc->b];
  NEXT();
L_MOV2:
  *(u16a*)(fp + pc->a) = *(u16a*)(fp + pc->b);
  NEXT();
L_MOV4:
  *(u32a*)(fp + pc->a) = *(u32a*)(fp + pc->b);
  NEXT();
L_ZERO:
  std::memset(fp + pc->a, 0, size_t(pc->k));
  NEXT();
L_CONST:
  I64(pc->a) = pc->k;
  NEXT();
// Widening reads only the narrow value's own bytes (little-endian): the
// source may be a small field at an unaligned offset inside a struct.
L_SEXT8:
  I64(pc->a) = *(const int8_t*)(fp + pc->b);
  NEXT();
L_SEXT16:
  I64(pc->a) = *(const i16a*)(fp + pc->b);
  NEXT();
L_SEXT32:
  I64(pc->a) = *(const i32a*)(fp + pc->b);
  NEXT();
L_ZEXT8:
  U64(pc->a) = *(const uint8_t*)(fp + pc->b);
  NEXT();
L_ZEXT16:
  U64(pc->a) = *(const u16a*)(fp + pc->b);
  NEXT();
L_ZEXT32:
  U64(pc->a) = *(const u32a*)(fp + pc->b);
  NEXT();

L_ADD:
  U64(pc->a) = U64(pc->b) + U64(pc->c);
  NEXT();
L_SUB:
  U64(pc->a) = U64(pc->b) - U64(pc->c);
  NEXT();
L_MUL:
  U64(pc->a) = U64(pc->b) * U64(pc->c);
  NEXT();
L_DIV: {
  int64_t y = I64(pc->c);
  if (__builtin_expect(y == 0, 0)) THROW(rt::makeError(rt::ErrDivide));
  I64(pc->a) = y == -1 ? int64_t(0 - U64(pc->b)) : I64(pc->b) / y;
  NEXT();
}
L_DIVU: {
  uint64_t y = U64(pc->c);
  if (__builtin_expect(y == 0, 0)) THROW(rt::makeError(rt::ErrDivide));
  U64(pc->a) = U64(pc->b) / y;
  NEXT();
}
L_MOD: {
  int64_t y = I64(pc->c);
  if (__builtin_expect(y == 0, 0)) THROW(rt::makeError(rt::ErrDivide));
  I64(pc->a) = y == -1 ? 0 : I64(pc->b) % y;
  NEXT();
}
L_MODU: {
  uint64_t y = U64(pc->c);
  if (__builtin_expect(y == 0, 0)) THROW(rt::makeError(rt::ErrDivide));
  U64(pc->a) = U64(pc->b) % y;
  NEXT();
}
L_AND:
  U64(pc->a) = U64(pc->b) & U64(pc->c);
  NEXT();
L_OR:
  U64(pc->a) = U64(pc->b) | U64(pc->c);
  NEXT();
L_XOR:
  U64(pc->a) = U64(pc->b) ^ U64(pc->c);
  NEXT();
L_ANDNOT:
  U64(pc->a) = U64(pc->b) & ~U64(pc->c);
  NEXT();
L_SHL: {
  uint64_t s = U64(pc->c);
  U64(pc->a) = s >= 64 ? 0 : U64(pc->b) << s;
  NEXT();
}
L_SHR: {
  uint64_t s = U64(pc->c);
  I64(pc->a) = I64(pc->b) >> (s >= 64 ? 63 : s);
  NEXT();
}
L_SHRU: {
  uint64_t s = U64(pc->c);
  U64(pc->a) = s >= 64 ? 0 : U64(pc->b) >> s;
  NEXT();
}
L_ADDK:
  U64(pc->a) = U64(pc->b) + uint64_t(pc->k);
  NEXT();
L_NEG:
  U64(pc->a) = 0 - U64(pc->b);
  NEXT();
L_COM:
  U64(pc->a) = ~U64(pc->b);
  NEXT();
L_NOT:
  U64(pc->a) = U64(pc->b) ^ 1;
  NEXT();
L_CHKSHIFT:
  if (__builtin_expect(I64(pc->b) < 0, 0)) THROW(rt::makeError(rt::ErrNegativeShift));
  NEXT();

L_ADDF64:
  F64(pc->a) = F64(pc->b) + F64(pc->c);
  NEXT();
L_SUBF64:
  F64(pc->a) = F64(pc->b) - F64(pc->c);
  NEXT();
L_MULF64:
  F64(pc->a) = F64(pc->b) * F64(pc->c);
  NEXT();
L_DIVF64:
  F64(pc->a) = F64(pc->b) / F64(pc->c);
  NEXT();
L_NEGF64:
  F64(pc->a) = -F64(pc->b);
  NEXT();
L_ADDF32:
  F32(pc->a) = F32(pc->b) + F32(pc->c);
  NEXT();
L_SUBF32:
  F32(pc->a) = F32(pc->b) - F32(pc->c);
  NEXT();
L_MULF32:
  F32(pc->a) = F32(pc->b) * F32(pc->c);
  NEXT();
L_DIVF32:
  F32(pc->a) = F32(pc->b) / F32(pc->c);
  NEXT();
L_NEGF32:
  F32(pc->a) = -F32(pc->b);
  NEXT();

L_I2F64:
  F64(pc->a) = double(I64(pc->b));
  NEXT();
L_U2F64:
  F64(pc->a) = double(U64(pc->b));
  NEXT();
L_F642I:
  I64(pc->a) = f64toi64(F64(pc->b));
  NEXT();
L_F642U:
  U64(pc->a) = f64tou64(F64(pc->b));
  NEXT();
L_I2F32:
  F32(pc->a) = float(I64(pc->b));
  NEXT();
L_U2F32:
  F32(pc->a) = float(U64(pc->b));
  NEXT();
L_F322I:
  I64(pc->a) = f64toi64(double(F32(pc->b)));
  NEXT();
L_F322U:
  U64(pc->a) = f64tou64(double(F32(pc->b)));
  NEXT();
L_F322F64:
  F64(pc->a) = double(F32(pc->b));
  NEXT();
L_F642F32:
  F32(pc->a) = float(F64(pc->b));
  NEXT();

#define CMP(name, T, op)                            \
  L_##name:                                         \
  I64(pc->a) = T(pc->b) op T(pc->c) ? 1 : 0;        \
  NEXT();
  CMP(EQ, I64, ==)
  CMP(NE, I64, !=)
  CMP(LT, I64, <)
  CMP(LE, I64, <=)
  CMP(GT, I64, >)
  CMP(GE, I64, >=)
  CMP(LTU, U64, <)
  CMP(LEU, U64, <=)
  CMP(GTU, U64, >)
  CMP(GEU, U64, >=)
  CMP(EQF64, F64, ==)
  CMP(NEF64, F64, !=)
  CMP(LTF64, F64, <)
  CMP(LEF64, F64, <=)
  CMP(GTF64, F64, >)
  CMP(GEF64, F64, >=)
  CMP(EQF32, F32, ==)
  CMP(NEF32, F32, !=)
  CMP(LTF32, F32, <)
  CMP(LEF32, F32, <=)
  CMP(GTF32, F32, >)
  CMP(GEF32, F32, >=)
#undef CMP

L_JMP:
  pc = proto->code.data() + pc->k;
  DISPATCH();
L_LOOP:
  pc = proto->code.data() + pc->k;
  SAFEPOINT();  // the GC (issue 6) hooks in here too
  DISPATCH();
L_JT:
  if (I64(pc->b)) {
    pc = proto->code.data() + pc->k;
    SAFEPOINT();
    DISPATCH();
  }
  NEXT();
L_JF:
  if (!I64(pc->b)) {
    pc = proto->code.data() + pc->k;
    SAFEPOINT();
    DISPATCH();
  }
  NEXT();

#define JCMP(name, T, op)                             \
  L_##name:                                           \
  if (T(pc->b) op T(pc->c)) {                         \
    pc = proto->code.data() + pc->k;                  \
    SAFEPOINT();                                      \
    DISPATCH();                                       \
  }                                                   \
  NEXT();
  JCMP(JEQ, I64, ==)
  JCMP(JNE, I64, !=)
  JCMP(JLT, I64, <)
  JCMP(JLE, I64, <=)
  JCMP(JGT, I64, >)
  JCMP(JGE, I64, >=)
  JCMP(JLTU, U64, <)
  JCMP(JLEU, U64, <=)
  JCMP(JGTU, U64, >)
  JCMP(JGEU, U64, >=)
#undef JCMP
#define JCMPK(name, op)                               \
  L_##name:                                           \
  if (I64(pc->b) op pc->k) {                          \
    pc = proto->code.data() + pc->c;                  \
    SAFEPOINT();                                      \
    DISPATCH();                                       \
  }                                                   \
  NEXT();
  JCMPK(JEQK, ==)
  JCMPK(JNEK, !=)
  JCMPK(JLTK, <)
  JCMPK(JLEK, <=)
  JCMPK(JGTK, >)
  JCMPK(JGEK, >=)
#undef JCMPK

L_EQSTR:
L_NESTR: {
  auto* x = (rt::GoString*)(fp + pc->b);
  auto* y = (rt::GoString*)(fp + pc->c);
  bool eq = x->len == y->len && (x->len == 0 || x->ptr == y->ptr || std::memcmp(x->ptr, y->ptr, size_t(x->len)) == 0);
  I64(pc->a) = (pc->op == EQSTR) == eq ? 1 : 0;
  NEXT();
}
L_CMPSTR: {
  auto* x = (rt::GoString*)(fp + pc->b);
  auto* y = (rt::GoString*)(fp + pc->c);
  int64_t n = x->len < y->len ? x->len : y->len;
  int r = n ? std::memcmp(x->ptr, y->ptr, size_t(n)) : 0;
  if (r == 0) r = x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
  I64(pc->a) = r < 0 ? -1 : r > 0 ? 1 : 0;
  NEXT();
}
L_INDEXSTR: {
  auto* s = (rt::GoString*)(fp + pc->b);
  int64_t i = I64(pc->c);
  if (__builtin_expect(uint64_t(i) >= uint64_t(s->len), 0))
    THROW(rt::makeBoundsError(rt::boundsIndex, i, idxSigned(proto, pc), s->len));
  I64(pc->a) = s->ptr[i];
  NEXT();
}

#define LOADOP(name, T)                                             \
  L_##name: {                                                       \
    uint8_t* p = PTR(pc->b);                                        \
    if (__builtin_expect(!p, 0)) THROW(rt::makeError(rt::ErrNilDeref)); \
    I64(pc->a) = int64_t(*(T*)(p + pc->k));                         \
    NEXT();                                                         \
  }
  LOADOP(LOAD8S, int8_t)
  LOADOP(LOAD8U, uint8_t)
  LOADOP(LOAD16S, i16a)
  LOADOP(LOAD16U, u16a)
  LOADOP(LOAD32S, i32a)
  LOADOP(LOAD32U, u32a)
  LOADOP(LOAD64, i64a)
#undef LOADOP
L_LOADN: {
  uint8_t* p = PTR(pc->b);
  if (__builtin_expect(!p, 0)) THROW(rt::makeError(rt::ErrNilDeref));
  std::memmove(fp + pc->a, p + pc->k, size_t(pc->c));
  NEXT();
}
#define STOREOP(name, T)                                            \
  L_##name: {                                                       \
    uint8_t* p = PTR(pc->a);                                        \
    if (__builtin_expect(!p, 0)) THROW(rt::makeError(rt::ErrNilDeref)); \
    *(T*)(p + pc->k) = T(I64(pc->b));                               \
    NEXT();                                                         \
  }
  STOREOP(STORE8, uint8_t)
  STOREOP(STORE16, u16a)
  STOREOP(STORE32, u32a)
  STOREOP(STORE64, i64a)
#undef STOREOP
L_STOREN: {
  uint8_t* p = PTR(pc->a);
  if (__builtin_expect(!p, 0)) THROW(rt::makeError(rt::ErrNilDeref));
  std::memmove(p + pc->k, fp + pc->b, size_t(pc->c));
  NEXT();
}
L_LEA:
  PTR(pc->a) = fp + pc->b;
  NEXT();
L_NILCHECK:
  if (__builtin_expect(!PTR(pc->b), 0)) THROW(rt::makeError(rt::ErrNilDeref));
  NEXT();
L_BOUNDS: {
  int64_t i = I64(pc->b), n = I64(pc->c);
  if (__builtin_expect(uint64_t(i) >= uint64_t(n), 0)) THROW(rt::makeBoundsError(rt::boundsIndex, i, idxSigned(proto, pc), n));
  NEXT();
}
L_BOUNDSK: {
  int64_t i = I64(pc->b);
  if (__builtin_expect(uint64_t(i) >= uint64_t(pc->k), 0))
    THROW(rt::makeBoundsError(rt::boundsIndex, i, idxSigned(proto, pc), pc->k));
  NEXT();
}
L_IDXADDR:
  PTR(pc->a) = PTR(pc->b) + I64(pc->c) * pc->k;
  NEXT();
L_SLICEIDX: {
  auto* s = (rt::GoSlice*)(fp + pc->b);
  int64_t i = I64(pc->c);
  if (__builtin_expect(uint64_t(i) >= uint64_t(s->len), 0))
    THROW(rt::makeBoundsError(rt::boundsIndex, i, idxSigned(proto, pc), s->len));
  PTR(pc->a) = (uint8_t*)s->ptr + i * pc->k;
  NEXT();
}
L_SLICE: {
  int64_t mode = pc->k >> 32, es = pc->k & 0xffffffff;
  uint8_t* base = PTR(pc->b);
  int64_t len = I64(pc->b + 8);
  int64_t cap = (mode & MINIGO_SLICE_MODE_STRING) ? len : I64(pc->b + 16);
  int64_t lo = I64(pc->c), hi = I64(pc->c + 8), max = I64(pc->c + 16);
  if (mode & MINIGO_SLICE_MODE_3INDEX) {
    if (uint64_t(max) > uint64_t(cap))
      THROW(rt::makeBoundsError((mode & MINIGO_SLICE_MODE_ARRAY) ? rt::boundsSlice3Alen : rt::boundsSlice3Acap, max, idxSigned(proto, pc), cap));
    if (uint64_t(hi) > uint64_t(max)) THROW(rt::makeBoundsError(rt::boundsSlice3B, hi, idxSigned(proto, pc), max));
    if (uint64_t(lo) > uint64_t(hi)) THROW(rt::makeBoundsError(rt::boundsSlice3C, lo, idxSigned(proto, pc), hi));
  } else {
    max = cap;
    if (uint64_t(hi) > uint64_t(cap))
      THROW(rt::makeBoundsError((mode & (MINIGO_SLICE_MODE_STRING | MINIGO_SLICE_MODE_ARRAY)) ? rt::boundsSliceAlen
                                                                                              : rt::boundsSliceAcap,
                                hi, idxSigned(proto, pc), cap));
    if (uint64_t(lo) > uint64_t(hi)) THROW(rt::makeBoundsError(rt::boundsSliceB, lo, idxSigned(proto, pc), hi));
  }
  uint8_t* np = (max - lo) == 0 && !(mode & MINIGO_SLICE_MODE_STRING) ? base : base + lo * es;
  if ((mode & MINIGO_SLICE_MODE_STRING) && hi == lo) np = base;
  PTR(pc->a) = np;
  I64(pc->a + 8) = hi - lo;
  if (!(mode & MINIGO_SLICE_MODE_STRING)) I64(pc->a + 16) = max - lo;
  NEXT();
}

L_CALL: {
  SAFEPOINT();  // resumes by re-executing this CALL
  Proto* callee = (Proto*)pc->k;
  uint8_t* nfp = fp + pc->a + kHeaderSize;
  if (__builtin_expect(nfp + callee->frameSize > g->stackHi, 0)) {
    int64_t fo = fp - g->stack;
    rt::growstack(g, nfp - g->stack, size_t(callee->frameSize));
    fp = g->stack + fo;
    nfp = fp + pc->a + kHeaderSize;
  }
  auto* h = (FrameHeader*)(nfp - kHeaderSize);
  h->retpc = pc + 1;
  h->caller = proto;
  h->callerFp = fp - g->stack;
  h->ctxt = nullptr;
  proto = callee;
  fp = nfp;
  pc = callee->code.data() + 1;
  DISPATCH();
}
L_CALLFV:
L_CALLINTER: {
  Proto* callee;
  void* ctxt = nullptr;
  int entry = 1;
  if (pc->op == CALLFV) {
    auto* fv = (rt::FuncVal*)PTR(pc->b);
    if (__builtin_expect(!fv, 0)) THROW(rt::makeError(rt::ErrNilDeref));
    callee = (Proto*)fv->fn->code;
    ctxt = fv;
  } else {
    auto* tab = (rt::Itab*)PTR(pc->b);
    if (__builtin_expect(!tab, 0)) THROW(rt::makeError(rt::ErrNilDeref));
    callee = (Proto*)tab->fun[pc->k]->code;
    entry = 0;
    // The receiver word goes in the receiver slot, after params and results.
    PTR(pc->a + kHeaderSize + callee->argSize) = PTR(pc->b + 8);
  }
  if (callee->native) {
    SAVE();
    // A native func value (context's CancelFunc) reads its FuncVal here.
    ((FrameHeader*)(fp + pc->a))->ctxt = ctxt;
    callee->native(g, fp + pc->a + kHeaderSize);
    if (__builtin_expect(rt::hasPendingError(), 0)) THROW(rt::takePendingError());
    if (__builtin_expect(g->natReq != 0, 0)) goto native_req;
    AFTER_NATIVE();
    NEXT();
  }
  uint8_t* nfp = fp + pc->a + kHeaderSize;
  if (__builtin_expect(nfp + callee->frameSize > g->stackHi, 0)) {
    int64_t fo = fp - g->stack;
    rt::growstack(g, nfp - g->stack, size_t(callee->frameSize));
    fp = g->stack + fo;
    nfp = fp + pc->a + kHeaderSize;
  }
  auto* h = (FrameHeader*)(nfp - kHeaderSize);
  h->retpc = pc + 1;
  h->caller = proto;
  h->callerFp = fp - g->stack;
  h->ctxt = ctxt;
  proto = callee;
  fp = nfp;
  pc = callee->code.data() + entry;
  DISPATCH();
}
L_CALLNATIVE:
  SAVE();
  ((NativeFn)pc->k)(g, fp + pc->a + kHeaderSize);
  if (__builtin_expect(rt::hasPendingError(), 0)) THROW(rt::takePendingError());
  if (__builtin_expect(g->natReq != 0, 0)) goto native_req;
  AFTER_NATIVE();
  NEXT();
L_RET: {
  auto* h = (FrameHeader*)(fp - kHeaderSize);
  if (!h->retpc) return;
  pc = h->retpc;
  proto = h->caller;
  fp = g->stack + h->callerFp;
  DISPATCH();
}
L_CTXT:
  PTR(pc->a) = (uint8_t*)((FrameHeader*)(fp - kHeaderSize))->ctxt;
  NEXT();
L_NEWOBJ:
  PTR(pc->a) = (uint8_t*)rt::newobject((Type*)pc->k);
  NEXT();
L_MALLOC:
  // Closures, variadic and literal backing arrays: the layout is not passed,
  // so the object is scanned conservatively (it may hold pointers).
  PTR(pc->a) = (uint8_t*)rt::mallocgc(uintptr_t(pc->k), rt::gcConservativeType(), true);
  NEXT();
L_PANIC:
  SAVE();
  rt::gopanicStart(g, *(rt::Eface*)(fp + pc->b));
  goto run_panic;
L_PANICNIL:
  THROW(rt::makeError(rt::ErrNilDeref));
L_UNREACHABLE:
  THROW(rt::makeError(rt::ErrNilDeref));
L_GOCALL:
L_GOCALLFV:
L_GOCALLINTER: {
  Proto* callee;
  void* ctxt = nullptr;
  int entry = 1;
  uint8_t* args = fp + pc->a + kHeaderSize;
  if (pc->op == GOCALL) {
    callee = (Proto*)pc->k;
  } else if (pc->op == GOCALLFV) {
    auto* fv = (rt::FuncVal*)PTR(pc->b);
    if (__builtin_expect(!fv, 0)) rt::flushStdout(), rt::fatal("go of nil func value");  // Go's newproc
    callee = (Proto*)fv->fn->code;
    ctxt = fv;
  } else {
    auto* tab = (rt::Itab*)PTR(pc->b);
    if (__builtin_expect(!tab, 0)) THROW(rt::makeError(rt::ErrNilDeref));
    callee = (Proto*)tab->fun[pc->k]->code;
    entry = 0;
    PTR(pc->a + kHeaderSize + callee->argSize) = PTR(pc->b + 8);
  }
  SAVE();
  if (callee->native) {
    ((FrameHeader*)(fp + pc->a))->ctxt = ctxt;
    callee->native(g, args);  // a native runs to completion: no g needed
    if (__builtin_expect(rt::hasPendingError(), 0)) THROW(rt::takePendingError());
  } else {
    newproc(callee, args, pc->c, ctxt, entry);
  }
  NEXT();
}

L_DEFERRETURN: {
  // deferreturn: the frame's newest deferred call runs with this very
  // instruction as its return address, so the next one runs after it.
  rt::Defer* d = g->defer_;
  if (!d || d->sp != fp - g->stack) NEXT();
  g->defer_ = d->link;
  auto* fv = d->fn;
  rt::freedefer(d);
  if (__builtin_expect(!fv, 0)) THROW(rt::makeError(rt::ErrNilDeref));
  Proto* callee = (Proto*)fv->fn->code;
  if (callee->native) {
    SAVE();
    ((FrameHeader*)(fp + pc->a))->ctxt = fv;
    callee->native(g, fp + pc->a + kHeaderSize);
    if (__builtin_expect(rt::hasPendingError(), 0)) THROW(rt::takePendingError());
    if (__builtin_expect(g->natReq != 0, 0)) goto native_req;
    DISPATCH();
  }
  uint8_t* nfp = fp + pc->a + kHeaderSize;
  if (__builtin_expect(nfp + callee->frameSize > g->stackHi, 0)) {
    int64_t fo = fp - g->stack;
    rt::growstack(g, nfp - g->stack, size_t(callee->frameSize));
    fp = g->stack + fo;
    nfp = fp + pc->a + kHeaderSize;
  }
  auto* h = (FrameHeader*)(nfp - kHeaderSize);
  h->retpc = pc;
  h->caller = proto;
  h->callerFp = fp - g->stack;
  h->ctxt = fv;
  proto = callee;
  fp = nfp;
  pc = callee->code.data() + 1;
  DISPATCH();
}
L_PANICRET: {
  // A deferred call run by the panic returned; RET restored the panicking frame.
  int64_t sp = 0;
  Proto* rp = nullptr;
  if (rt::panicDeferReturned(g, &sp, &rp)) {
    proto = rp;
    fp = g->stack + sp;
    pc = rp->code.data() + rp->deferreturnPc;
    DISPATCH();
  }
  pc = ((rt::PanicFrame*)(fp + proto->frameSize))->pc;
  SAVE();
  goto run_panic;
}
L_WRAPARGP: {
  // gc's wrapper prologue: the wrapped call, not the wrapper, is the deferred call.
  rt::Panic* p = g->panic_;
  int64_t fo = fp - g->stack;
  if (p && p->argp == fo) p->argp = fo + pc->a + kHeaderSize;
  NEXT();
}

native_req: {
  // A native asked for a panic with a value (1) or for runtime.Goexit (2).
  uint8_t r = g->natReq;
  g->natReq = 0;
  if (r == 1) rt::gopanicStart(g, g->natReqVal);
  else rt::goexitStart(g);
  goto run_panic;
}
panic_rt:
  SAVE();
  rt::panicRuntimeErrorStart(g, err);
run_panic: {
  // g->pc/proto/fp is the frame the panic is in: run the next deferred call
  // on top of it (a PanicFrame, then its header), returning to PANICRET.
  rt::FuncVal* fv = nullptr;
  if (!rt::panicNext(g, &fv)) {
    // Goexit ran every deferred call: the goroutine ends. (On a callGo g:
    // the panic or Goexit goes on in the calling goroutine.)
    if (!g->nested) g->goexited = true;
    return;
  }
  proto = g->proto;
  fp = g->stack + g->fp;
  pc = g->pc;
  if (__builtin_expect(!fv, 0)) THROW(rt::makeError(rt::ErrNilDeref));
  Proto* callee = (Proto*)fv->fn->code;
  int32_t base = proto->frameSize;
  uint8_t* nfp = fp + base + rt::kPanicFrameSize + kHeaderSize;
  if (__builtin_expect(nfp + callee->frameSize > g->stackHi, 0)) {
    int64_t fo = fp - g->stack;
    rt::growstack(g, nfp - g->stack, size_t(callee->frameSize));
    fp = g->stack + fo;
    nfp = fp + base + rt::kPanicFrameSize + kHeaderSize;
  }
  ((rt::PanicFrame*)(fp + base))->pc = pc;
  auto* h = (FrameHeader*)(nfp - kHeaderSize);
  h->retpc = &rt::panicReturnInstr;
  h->caller = proto;
  h->callerFp = fp - g->stack;
  h->ctxt = fv;
  g->panic_->argp = nfp - g->stack;
  if (callee->native) {
    SAVE();
    callee->native(g, nfp);
    if (__builtin_expect(rt::hasPendingError(), 0)) THROW(rt::takePendingError());
    if (__builtin_expect(g->natReq != 0, 0)) goto native_req;
    pc = &rt::panicReturnInstr;
    DISPATCH();
  }
  proto = callee;
  fp = nfp;
  pc = callee->code.data() + 1;
  DISPATCH();
}
#undef I64
#undef U64
#undef F64
#undef F32
#undef PTR
}

}  // namespace

void execute(rt::G* g, Proto* proto, int64_t fpOff, int entry) {
  // The try is outside the loop: a panic unwinding through a native costs
  // nothing until it happens (zero-cost exceptions).
  bool unwinding = false;
  for (;;) {
    try {
      run(g, proto, fpOff, entry, unwinding);
      return;
    } catch (const PanicUnwind&) {
      unwinding = true;  // the panic is on g; g->pc is the native's call
    }
  }
}

namespace {

// The g a callback runs on: it stands for the calling goroutine (same goid)
// and is not counted as a goroutine of its own.
rt::G* nestedG(Proto* proto, uint8_t* args, int64_t argSize, void* ctxt) {
  size_t need = size_t(proto->frameSize) + kHeaderSize + rt::kStackGuard + 64;
  size_t sz = rt::kStackMin;
  while (sz < need) sz *= 2;
  rt::G* caller = rt::sched.curg;
  int64_t goid = rt::sched.goidgen;
  rt::G* g = rt::gfget(sz);
  rt::sched.goidgen = goid;
  if (caller) g->goid = caller->goid;
  g->nested = true;
  g->sig = 0;
  rt::sched.ngoroutines--;
  auto* h = (FrameHeader*)(g->stack);
  h->retpc = nullptr;
  h->caller = nullptr;
  h->callerFp = 0;
  h->ctxt = ctxt;
  std::memcpy(g->stack + kHeaderSize, args, size_t(argSize));
  return g;
}

// Runs the callback on g until its function returns or a panic leaves it.
void runNested(rt::G* g, Proto* proto, bool ifaceEntry) {
  rt::G* caller = rt::sched.curg;
  g->status = rt::_Grunning;
  rt::sched.curg = g;
  try {
    execute(g, proto, kHeaderSize, ifaceEntry ? 0 : 1);
  } catch (...) {
    rt::sched.curg = caller;
    throw;
  }
  rt::sched.curg = caller;
  if (g->status != rt::_Grunning) {
    // It blocked: run the other goroutines until it has returned.
    if (g->status == rt::_Grunnable) rt::globrunqput(g);
    rt::schedule(g);
    rt::sched.curg = caller;
  }
}

void freeNested(rt::G* g) {
  rt::sched.ngoroutines++;
  rt::goexit0(g);
}

// Moves the panics g did not recover onto the calling goroutine, above the
// ones it is already running (as if the callback's frames were its own).
void handOverPanic(rt::G* g, rt::G* caller) {
  rt::Panic* top = g->panic_;
  rt::Panic* bottom = top;
  while (bottom->link) bottom = bottom->link;
  bottom->link = caller->panic_;
  caller->panic_ = top;
  if (g->sig) caller->sig = g->sig;
  g->panic_ = nullptr;
}

}  // namespace

void callGo(Proto* proto, uint8_t* args, int64_t argSize, void* ctxt, bool ifaceEntry) {
  if (proto->native) {  // e.g. the Error method of a runtime error
    proto->native(rt::sched.curg, args);
    return;
  }
  rt::G* caller = rt::sched.curg;
  rt::G* g = nestedG(proto, args, argSize, ctxt);
  runNested(g, proto, ifaceEntry);
  if (__builtin_expect(g->panic_ != nullptr, 0)) {
    if (!caller) rt::fatalpanic(g);
    handOverPanic(g, caller);
    freeNested(g);
    throw PanicUnwind{};
  }
  std::memcpy(args, g->stack + kHeaderSize, size_t(argSize));
  freeNested(g);
}

bool callGoRecover(Proto* proto, uint8_t* args, int64_t argSize, void* ctxt, bool ifaceEntry,
                   rt::Eface* panicVal) {
  if (proto->native) {
    proto->native(rt::sched.curg, args);
    return true;
  }
  rt::G* caller = rt::sched.curg;
  rt::G* g = nestedG(proto, args, argSize, ctxt);
  runNested(g, proto, ifaceEntry);
  rt::Panic* p = g->panic_;
  if (__builtin_expect(p != nullptr, 0)) {
    if (p->goexit || !caller) {
      if (!caller) rt::fatalpanic(g);
      handOverPanic(g, caller);
      freeNested(g);
      throw PanicUnwind{};
    }
    // recover(): the panic and the ones it aborted are over.
    *panicVal = p->arg;
    while (p) {
      rt::Panic* next = p->link;
      delete p;
      p = next;
    }
    g->panic_ = nullptr;
    freeNested(g);
    return false;
  }
  std::memcpy(args, g->stack + kHeaderSize, size_t(argSize));
  freeNested(g);
  return true;
}

}  // namespace minigo::vm
