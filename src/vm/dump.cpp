// dump.cpp — -dump=bytecode: one instruction per line with its operands and
// source line, per function.
#include <iomanip>
#include <sstream>

#include "frontend/types.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace minigo::vm {

const char* opcodeName(uint16_t op) {
  static const char* names[] = {
#define MINIGO_OPCODE_NAME(name, fmt) #name,
      MINIGO_OPCODES(MINIGO_OPCODE_NAME)
#undef MINIGO_OPCODE_NAME
  };
  return op < NUM_OPCODES ? names[op] : "?";
}

const char* opcodeFormat(uint16_t op) {
  static const char* fmts[] = {
#define MINIGO_OPCODE_FMT(name, fmt) fmt,
      MINIGO_OPCODES(MINIGO_OPCODE_FMT)
#undef MINIGO_OPCODE_FMT
  };
  return op < NUM_OPCODES ? fmts[op] : "";
}

static bool matches(const Proto* p, const std::string& filter) {
  if (filter.empty()) return true;
  if (p->name == filter) return true;
  auto dot = p->name.rfind('.');
  return dot != std::string::npos && p->name.substr(dot + 1) == filter;
}

static void dumpProto(std::ostream& os, const Proto* p) {
  os << "func " << p->name << " (args " << p->argSize << ", frame " << p->frameSize << ")\n";
  for (size_t i = 0; i < p->code.size(); i++) {
    const Instr& in = p->code[i];
    std::ostringstream line;
    line << "  " << std::setw(4) << i << "  " << std::left << std::setw(11) << opcodeName(in.op) << std::right;
    bool first = true;
    auto sep = [&] {
      line << (first ? " " : ", ");
      first = false;
    };
    for (const char* f = opcodeFormat(in.op); *f; f++) {
      sep();
      switch (*f) {
        case 'a': line << "@" << in.a; break;
        case 'b': line << "@" << in.b; break;
        case 'c': line << "@" << in.c; break;
        case 'k': line << in.k; break;
        case 't': line << "->" << (in.op >= JEQK && in.op <= JGEK ? in.c : in.k); break;
        case 'T': line << typeString(reinterpret_cast<Type*>(in.k)); break;
        case 'P': line << reinterpret_cast<Proto*>(in.k)->name; break;
        case 'N': line << "native"; break;
      }
    }
    std::string s = line.str();
    if (s.size() < 44) s.append(44 - s.size(), ' ');
    os << s << " ; line " << (i < p->lines.size() ? p->lines[i] : 0) << "\n";
  }
}

void dumpBytecode(std::ostream& os, Program* prog, const std::string& funcFilter) {
  bool first = true;
  auto one = [&](const Proto* p) {
    if (!matches(p, funcFilter)) return;
    if (!first) os << "\n";
    first = false;
    dumpProto(os, p);
  };
  for (const Proto* p : prog->protos) one(p);
  if (prog->initProto && prog->initProto->code.size() > 3) one(prog->initProto);
}

}  // namespace minigo::vm
