// program.h — the compiled form of a program: instructions, functions
// (Proto), natives and the globals area.
//
// The VM is a register machine over a goroutine's frame. Every local and
// temporary has a fixed byte offset from the frame pointer `fp`; operands a, b,
// c are such offsets (or stack-relative, see each opcode), k is an immediate
// (constant, jump target, size, Proto*, native, Type*).
//
// Scalars live in 8-byte frame slots held normalized (narrow ints sign/zero
// extended, bool 0/1, float32 as a float in the low 4 bytes); aggregates
// (string, slice, interface, struct, array) occupy their Go layout rounded up
// to 8 bytes. Memory outside frame slots (heap, globals, fields of aggregates)
// always has Go's exact layout; loads/stores convert between the two.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "vm/opcodes.h"

namespace minigo::rt {
struct G;
}

namespace minigo::vm {

enum Opcode : uint16_t {
#define MINIGO_OPCODE_ENUM(name, fmt) name,
  MINIGO_OPCODES(MINIGO_OPCODE_ENUM)
#undef MINIGO_OPCODE_ENUM
  NUM_OPCODES
};
const char* opcodeName(uint16_t op);
const char* opcodeFormat(uint16_t op);

struct Instr {
  uint16_t op = NOP;
  int32_t a = 0;
  int32_t b = 0;
  int32_t c = 0;
  int64_t k = 0;
};

// A native: a C++ function called with the callee frame (params then
// results, laid out exactly as for a Go function of the same signature).
using NativeFn = void (*)(rt::G* g, uint8_t* args);

// The frame header a call pushes just below the callee's fp. It holds no
// absolute pointer into the stack (callerFp is an offset), so a stack can
// be moved by a plain copy.
struct Proto;
struct FrameHeader {
  const Instr* retpc;   // caller's next instruction
  Proto* caller;        // caller's function
  int64_t callerFp;     // caller's fp as an offset from the stack base
  void* ctxt;           // callee's closure context (FuncVal*), or nullptr
};
constexpr int32_t kHeaderSize = sizeof(FrameHeader);  // 32

// One compiled function.
struct Proto {
  Func* fn = nullptr;
  std::string name;          // as Go prints it: main.f, main.(*T).M
  std::vector<Instr> code;   // code[0] is the interface entry (derefs a value receiver), code[1] the entry
  std::vector<int32_t> lines;// source line of each instruction
  // Bounds checks whose index is a 64-bit unsigned value: the panic text
  // prints it unsigned ("index out of range [18446744073709551615]").
  std::vector<int32_t> unsignedIdx;
  int32_t argSize = 0;       // params + results bytes
  int32_t frameSize = 0;     // bytes used from fp (args, locals, temps, max callee header)
  NativeFn native = nullptr; // body-less std-lib / runtime functions
  int32_t line = 0;          // declaration line
  int32_t deferreturnPc = -1; // functions with defer: recovery resumes here (DEFERRETURN; RET)
};

struct Program {
  Package* pkg = nullptr;
  std::vector<Proto*> protos;   // in Package::funcs order (natives excluded)
  Proto* initProto = nullptr;   // package var initialisation + init() calls
  Proto* mainProto = nullptr;
  uint8_t* globals = nullptr;   // package variables, Go layout
  int64_t globalsSize = 0;
  std::string filename;         // absolute path of the source (tracebacks)
};

// The frame offset layout of a signature: each param/result in an
// 8-byte-aligned slot; a method's receiver comes first.
int64_t slotSize(Type* t);

}  // namespace minigo::vm
