// opcodes.h — the VM's instruction set, as one X-macro (name, operand format).
//
// Format letters say which operands an instruction uses, for the bytecode dump:
// a, b, c are frame offsets (printed as @off), k an immediate, t a jump target
// (pc, held in k or c), T a Type*, P a Proto*, N a native.
// Integer ops work on 64-bit slots; codegen follows an op on a narrow type
// with SEXT/ZEXT to wrap it to the type's width, as Go's semantics require.
#pragma once

#define MINIGO_OPCODES(X)                                                       \
  X(NOP, "")                                                                    \
  X(DEREFRECV, "ak")  /* interface entry: a holds a pointer; copy k bytes from it into a */ \
  /* moves between frame slots: a <- b */                                       \
  X(MOV8, "ab") X(MOV16, "ab") X(MOV24, "ab") X(MOVN, "abk")                    \
  X(MOV1, "ab") X(MOV2, "ab") X(MOV4, "ab") /* narrow store into frame memory */ \
  X(ZERO, "ak")       /* zero k bytes at a */                                   \
  X(CONST, "ak")      /* a <- k (64 bits) */                                    \
  X(SEXT8, "ab") X(SEXT16, "ab") X(SEXT32, "ab")                                \
  X(ZEXT8, "ab") X(ZEXT16, "ab") X(ZEXT32, "ab")                                \
  /* integer arithmetic: a <- b op c */                                          \
  X(ADD, "abc") X(SUB, "abc") X(MUL, "abc")                                     \
  X(DIV, "abc") X(DIVU, "abc") X(MOD, "abc") X(MODU, "abc")                     \
  X(AND, "abc") X(OR, "abc") X(XOR, "abc") X(ANDNOT, "abc")                     \
  X(SHL, "abc") X(SHR, "abc") X(SHRU, "abc") /* count c as uint64 */            \
  X(ADDK, "abk")      /* a <- b + k */                                          \
  X(NEG, "ab") X(COM, "ab") X(NOT, "ab")                                        \
  X(CHKSHIFT, "b")    /* panic if the signed count b is negative */             \
  /* floating point */                                                          \
  X(ADDF64, "abc") X(SUBF64, "abc") X(MULF64, "abc") X(DIVF64, "abc") X(NEGF64, "ab") \
  X(ADDF32, "abc") X(SUBF32, "abc") X(MULF32, "abc") X(DIVF32, "abc") X(NEGF32, "ab") \
  /* conversions: a <- conv(b) */                                               \
  X(I2F64, "ab") X(U2F64, "ab") X(F642I, "ab") X(F642U, "ab")                   \
  X(I2F32, "ab") X(U2F32, "ab") X(F322I, "ab") X(F322U, "ab")                   \
  X(F322F64, "ab") X(F642F32, "ab")                                             \
  /* comparisons: a <- b cmp c (0/1) */                                          \
  X(EQ, "abc") X(NE, "abc") X(LT, "abc") X(LE, "abc") X(GT, "abc") X(GE, "abc")  \
  X(LTU, "abc") X(LEU, "abc") X(GTU, "abc") X(GEU, "abc")                       \
  X(EQF64, "abc") X(NEF64, "abc") X(LTF64, "abc") X(LEF64, "abc") X(GTF64, "abc") X(GEF64, "abc") \
  X(EQF32, "abc") X(NEF32, "abc") X(LTF32, "abc") X(LEF32, "abc") X(GTF32, "abc") X(GEF32, "abc") \
  /* control flow */                                                            \
  X(JMP, "t") X(LOOP, "t") /* LOOP: back-edge, a safepoint */                    \
  X(JT, "bt") X(JF, "bt")                                                       \
  /* fused compare-and-branch: jump to k if b cmp c */                          \
  X(JEQ, "bct") X(JNE, "bct") X(JLT, "bct") X(JLE, "bct") X(JGT, "bct") X(JGE, "bct") \
  X(JLTU, "bct") X(JLEU, "bct") X(JGTU, "bct") X(JGEU, "bct")                   \
  /* with an immediate: jump to c if b cmp k */                                 \
  X(JEQK, "bkc") X(JNEK, "bkc") X(JLTK, "bkc") X(JLEK, "bkc") X(JGTK, "bkc") X(JGEK, "bkc") \
  /* strings */                                                                 \
  X(EQSTR, "abc") X(NESTR, "abc") X(CMPSTR, "abc") /* cmpstring: -1, 0, 1 */    \
  X(INDEXSTR, "abc")  /* a <- b[c] (bounds checked) */                          \
  /* memory through a pointer held in a slot (nil checked) */                   \
  X(LOAD8S, "abk") X(LOAD8U, "abk") X(LOAD16S, "abk") X(LOAD16U, "abk")         \
  X(LOAD32S, "abk") X(LOAD32U, "abk") X(LOAD64, "abk")                          \
  X(LOADN, "abck")    /* a <- c bytes at *(b)+k */                              \
  X(STORE8, "abk") X(STORE16, "abk") X(STORE32, "abk") X(STORE64, "abk")        \
  X(STOREN, "abck")   /* c bytes at *(a)+k <- b */                              \
  X(LEA, "ab")        /* a <- fp+b: transient address of frame memory */        \
  X(NILCHECK, "b")                                                              \
  X(BOUNDS, "bc")     /* panic unless 0 <= b < c */                             \
  X(BOUNDSK, "bk")    /* panic unless 0 <= b < k */                             \
  X(IDXADDR, "abck")  /* a <- *(b) + c*k (after a bounds check) */              \
  X(SLICEIDX, "abck") /* a <- &b[c] for the slice b, elem size k (checked) */   \
  X(SLICE, "abck")    /* a <- b[lo:hi:max] with c = {lo,hi,max}; k = elemsize | mode<<32 */ \
  /* calls */                                                                   \
  X(CALL, "aP")       /* frame header at a, callee fp = a+32 */                 \
  X(CALLFV, "ab")     /* call the func value in b */                            \
  X(CALLINTER, "abk") /* call method k of the interface value in b */           \
  X(CALLNATIVE, "aN")                                                           \
  X(RET, "")                                                                    \
  X(CTXT, "a")        /* a <- the closure context (FuncVal*) */                 \
  X(NEWOBJ, "aT")     /* a <- newobject(k) */                                   \
  X(MALLOC, "ak")     /* a <- mallocgc(k, nil, true) */                         \
  X(PANIC, "b")       /* gopanic(eface in b) */                                 \
  X(PANICNIL, "")     /* nil pointer dereference */                             \
  X(UNREACHABLE, "")  /* falling off a function with results */ \
  /* go statements (newproc): the callee frame at a (args c bytes) is copied to a new g */ \
  X(GOCALL, "acP")       /* go f(...) of a static function */                \
  X(GOCALLFV, "abc")     /* go of the func value in b */                     \
  X(GOCALLINTER, "abck") /* go of method k of the interface value in b */ \
  /* defer and panic (see runtime/panic.h) */ \
  X(DEFERRETURN, "a")  /* run this frame's next deferred call (callee header at a), then itself again */ \
  X(PANICRET, "")      /* return address of a deferred call run by a panic */ \
  X(WRAPARGP, "a")     /* defer wrapper: recover in the callee at a+32 counts as direct */

#define MINIGO_SLICE_MODE_3INDEX 1  /* s[lo:hi:max] */
#define MINIGO_SLICE_MODE_STRING 2  /* bounds against len, not cap */
#define MINIGO_SLICE_MODE_ARRAY 4   /* an array: the bound is named its length */
