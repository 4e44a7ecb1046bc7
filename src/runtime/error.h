// error.h — runtime errors and their texts, after Go's runtime/error.go.
//
// Convention for natives that can panic: they return a failure value (null
// pointer, false, error code) and leave the error in rt::pendingError; the VM
// then raises it as a Go panic (err.Error() is error().text()). Natives never
// throw C++ exceptions.
#pragma once

#include <cstdint>
#include <string>

namespace minigo {
struct Type;
}

namespace minigo::rt {

// Go's boundsErrorCode (runtime/error.go), same order.
enum BoundsCode : uint8_t {
  boundsIndex,       // s[x], 0 <= x < len(s) failed
  boundsSliceAlen,   // s[?:x], 0 <= x <= len(s) failed
  boundsSliceAcap,   // s[?:x], 0 <= x <= cap(s) failed
  boundsSliceB,      // s[x:y], 0 <= x <= y failed (y checked already)
  boundsSlice3Alen,  // s[?:?:x], 0 <= x <= len(s) failed
  boundsSlice3Acap,  // s[?:?:x], 0 <= x <= cap(s) failed
  boundsSlice3B,     // s[?:x:y], 0 <= x <= y failed
  boundsSlice3C,     // s[x:y:?], 0 <= x <= y failed
  boundsConvert,     // (*[x]T)(s), 0 <= x <= len(s) failed
};

// Go's boundsError: x is the offending index; y the length/capacity/bound.
// signed: x came from a signed integer (a negative x gets the short format).
struct BoundsError {
  int64_t x = 0;
  int64_t y = 0;
  bool signed_ = true;
  BoundsCode code = boundsIndex;
};
// "index out of range [5] with length 3" (without "runtime error: ").
std::string boundsErrorText(const BoundsError& e);

enum ErrCode : uint8_t {
  ErrNone,
  // runtime.Error values ("runtime error: " + text)
  ErrBounds,             // BoundsError payload
  ErrDivide,             // integer divide by zero
  ErrOverflow,           // integer overflow
  ErrNilDeref,           // invalid memory address or nil pointer dereference
  ErrNegativeShift,      // negative shift amount
  ErrMakesliceLen,       // makeslice: len out of range
  ErrMakesliceCap,       // makeslice: cap out of range
  ErrGrowsliceCap,       // growslice: cap out of range
  ErrUnhashable,         // hash of unhashable type T (type1)
  ErrUncomparable,       // comparing uncomparable type T (type1)
  ErrTypeAssertion,      // interface conversion: ... (TypeAssertionError, type1..3)
  // plainError values (no "runtime error: " prefix, but still runtime.Error)
  ErrNilMapAssign,       // assignment to entry in nil map
  ErrSendClosed,         // send on closed channel
  ErrCloseClosed,        // close of closed channel
  ErrCloseNil,           // close of nil channel
  ErrMakechanSize,       // makechan: size out of range
  ErrPanicWrap,          // value method main.T.M called using nil *T pointer (msg)
  ErrMapConcurrentWrite, // (fatal) concurrent map writes
  // fatal errors ("fatal error: " + text, exit 2, not recoverable)
  ErrDeadlock,           // all goroutines are asleep - deadlock!
  ErrOutOfMemory,        // runtime: out of memory
};

struct RuntimeError {
  ErrCode code = ErrNone;
  BoundsError bounds;          // ErrBounds
  Type* type1 = nullptr;       // unhashable/uncomparable type; assertion: interface type (null: "interface")
  Type* type2 = nullptr;       // assertion: concrete type (null: nil)
  Type* type3 = nullptr;       // assertion: asserted type
  std::string missingMethod;   // assertion to an interface: the missing method
  std::string msg;             // ErrPanicWrap: the whole text

  // What err.Error() returns ("runtime error: index out of range [5] with length 3",
  // "assignment to entry in nil map", "all goroutines are asleep - deadlock!").
  std::string text() const;
  bool isFatal() const { return code >= ErrMapConcurrentWrite; }
};

RuntimeError makeBoundsError(BoundsCode code, int64_t x, bool signed_, int64_t y);
RuntimeError makeError(ErrCode code, Type* t = nullptr);
// Go's panicwrap: a value method ("main.T.M") reached through a nil *T.
RuntimeError makePanicWrap(const std::string& method);
RuntimeError makeTypeAssertionError(Type* inter, Type* concrete, Type* asserted,
                                    const std::string& missingMethod = "");

// The error a native left for the VM to raise (code == ErrNone: none).
extern thread_local RuntimeError pendingError;
inline void setPanic(RuntimeError e) { pendingError = std::move(e); }
inline bool hasPendingError() { return pendingError.code != ErrNone; }
inline RuntimeError takePendingError() {
  RuntimeError e = std::move(pendingError);
  pendingError = RuntimeError{};
  return e;
}

// Go's throw: prints "fatal error: msg" to stderr and exits with status 2.
// beforeFatal (set by the VM) runs first, e.g. to flush buffered stdout.
extern void (*beforeFatal)();
[[noreturn]] void fatal(const std::string& msg);

}  // namespace minigo::rt
