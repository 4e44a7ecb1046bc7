// codegen.cpp — the lowered tree → bytecode for the register VM: the
// program-wide pass (globals, protos, the package initialiser).
//
// Each function gets a frame: [params][results][receiver][locals][temps].
// Every Name has a fixed offset; temporaries are allocated stack-like per
// statement. A call places a FrameHeader and the arguments at the top of the
// live temporaries, so the callee's frame starts right there (no copying of
// arguments). Variables moved to the heap by escape analysis (and variables
// captured by reference) hold a pointer in their slot.
#include "vm/codegen.h"
#include "runtime/iface.h"

namespace minigo::vm {

int64_t slotSize(Type* t) {
  if (!t) return 0;
  if (cg::isScalar(t)) return 8;
  return (cg::tsize(t) + 7) & ~int64_t(7);
}

namespace cg {

Globals* G_;

bool isScalar(Type* t) {
  switch (t->kind) {
    case TBOOL: case TINT: case TINT8: case TINT16: case TINT32: case TINT64:
    case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR:
    case TFLOAT32: case TFLOAT64: case TUNSAFEPTR: case TPTR: case TFUNC: case TMAP: case TCHAN:
      return true;
    default:
      return false;
  }
}

bool isSigned(Type* t) { return t->kind >= TINT && t->kind <= TINT64; }
int64_t tsize(Type* t) {
  if (t->size < 0) calcSize(t);
  return t->size < 0 ? 8 : t->size;
}

[[noreturn]] void unsupported(Node* n, const std::string& what) {
  throw std::runtime_error("codegen: unsupported " + what + " (" + opName(n->op) + ") at line " +
                           std::to_string(n->pos.line));
}

SigLayout layoutSig(Type* ft, Type* recvType) {
  SigLayout L;
  int32_t off = 0;
  for (auto& p : ft->params) {
    L.params.push_back(off);
    off += int32_t(slotSize(p.type));
  }
  for (auto& r : ft->results) {
    L.results.push_back(off);
    off += int32_t(slotSize(r.type));
  }
  L.argSize = off;
  if (recvType) {
    L.recv = off;
    off += int32_t(std::max<int64_t>(8, slotSize(recvType)));
  }
  L.total = off;
  return L;
}

Proto* protoOf(Func* f) {
  if (f->code) return static_cast<Proto*>(f->code);
  // A body-less function: a native.
  NativeFn nf = lookupNative(f->name);
  if (!nf) throw std::runtime_error("codegen: no native for " + f->name);
  auto* p = new Proto();
  p->fn = f;
  p->name = f->name;
  p->native = nf;
  p->code.push_back(Instr{});
  p->code.push_back(Instr{});
  p->lines = {0, 0};
  if (f->type) p->argSize = layoutSig(f->type, nullptr).argSize;
  f->code = p;
  return p;
}

// The itab comes from the runtime's table (runtime/iface.cpp), shared with
// conversions and assertions made at run time.
rt::Itab* getitab(Type* inter, Type* t) { return rt::getitab(inter, t, true); }

LV blankLV() {
  LV lv;
  lv.kind = LV::Blank;
  return lv;
}

}  // namespace cg

using cg::FuncGen;
using cg::Globals;
using cg::G_;
using cg::tsize;


Program* codegen(Package* pkg) {
  auto* prog = new Program();
  prog->pkg = pkg;
  prog->filename = pkg->filename;
  // Lives as long as the program: constant strings, itabs and func values are referenced by code.
  auto& gl = *new Globals();
  gl.prog = prog;
  G_ = &gl;
  // Globals area: Go layout, never moves.
  int64_t off = 0;
  for (Name* n : pkg->globals) {
    int64_t al = n->type->align > 0 ? n->type->align : 1;
    off = (off + al - 1) / al * al;
    gl.globalOff[n] = off;
    n->globalIndex = off;
    off += std::max<int64_t>(tsize(n->type), 1);
  }
  prog->globalsSize = off;
  prog->globals = static_cast<uint8_t*>(std::calloc(1, size_t(off + 8)));
  // Create every Proto first so calls can refer to them.
  for (Func* f : pkg->funcs) {
    if (f->body.empty() && lookupNative(f->name)) continue;
    auto* p = new Proto();
    p->fn = f;
    p->name = f->name;
    p->line = f->pos.line;
    f->code = p;
    prog->protos.push_back(p);
  }
  for (Proto* p : prog->protos) {
    FuncGen g(p, p->fn);
    g.genFunc();
  }
  auto* init = new Proto();
  init->name = "main.init";
  {
    FuncGen g(init, nullptr);
    g.genInit(pkg->initOrder, pkg->inits);
  }
  prog->initProto = init;
  if (pkg->mainFunc) prog->mainProto = static_cast<Proto*>(pkg->mainFunc->code);
  G_ = nullptr;
  return prog;
}

}  // namespace minigo::vm

