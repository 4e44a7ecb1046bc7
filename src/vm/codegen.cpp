// codegen.cpp — the lowered tree → bytecode for the register VM.
//
// Each function gets a frame: [params][results][receiver][locals][temps].
// Every Name has a fixed offset; temporaries are allocated stack-like per
// statement. A call places a FrameHeader and the arguments at the top of the
// live temporaries, so the callee's frame starts right there (no copying of
// arguments). Variables moved to the heap by escape analysis (and variables
// captured by reference) hold a pointer in their slot.
#include <cstring>
#include <deque>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "frontend/types.h"
#include "runtime/malloc.h"
#include "runtime/value.h"
#include "vm/natives.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace minigo::vm {

namespace {

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

}  // namespace

int64_t slotSize(Type* t) {
  if (!t) return 0;
  if (isScalar(t)) return 8;
  return (tsize(t) + 7) & ~int64_t(7);
}

namespace {

struct SigLayout {
  std::vector<int32_t> params, results;
  int32_t argSize = 0;  // params + results
  int32_t recv = -1;    // receiver slot (after results)
  int32_t total = 0;
};

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

// Program-wide state shared by all functions.
struct Globals {
  Program* prog;
  std::unordered_map<Name*, int64_t> globalOff;
  std::deque<std::string> strings;                // constant string data
  std::unordered_map<Func*, rt::FuncVal*> staticFuncVals;
  std::map<std::pair<Type*, Type*>, rt::Itab*> itabs;
  std::unordered_map<std::string, Proto*> nativeProtos;
};

Globals* G_;

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

rt::Itab* getitab(Type* inter, Type* t) {
  auto key = std::make_pair(inter, t);
  auto it = G_->itabs.find(key);
  if (it != G_->itabs.end()) return it->second;
  size_t n = inter->methods.size();
  auto* tab = static_cast<rt::Itab*>(std::calloc(1, sizeof(rt::Itab) + sizeof(Func*) * (n ? n : 1)));
  tab->inter = inter;
  tab->type = t;
  tab->hash = t->hash;
  for (size_t i = 0; i < n; i++) {
    const std::string& name = inter->methods[i].name;
    Func* fn = nullptr;
    for (auto& m : t->methods)
      if (m.name == name && (!m.ptrRecv || t->kind == TPTR)) fn = m.fn;
    if (!fn && t->kind == TPTR && t->elem)
      for (auto& m : t->elem->methods)
        if (m.name == name) fn = m.fn;
    tab->fun[i] = fn;
  }
  G_->itabs[key] = tab;
  return tab;
}

// Where a variable lives.
struct VarLoc {
  int32_t off = 0;
  bool heap = false;  // the slot holds a pointer to the variable
};

// An lvalue: frame memory (a whole slot, or bytes inside an aggregate) or
// memory through a pointer held in a slot, plus constant displacement.
// Frame arrays indexed with a variable get `dyn` steps, turned into a
// (transient) pointer only when the value is finally loaded or stored.
struct LV {
  enum Kind { Frame, Ptr, Blank } kind = Frame;
  int32_t off = 0;     // Frame: offset of the memory; Ptr: slot holding the pointer
  int64_t disp = 0;    // Ptr: byte displacement
  bool slot = false;   // Frame: a whole variable slot (scalars normalized)
  struct Idx {
    int32_t idx;
    int64_t es, len;
  };
  std::vector<Idx> dyn;
};

LV blankLV() {
  LV lv;
  lv.kind = LV::Blank;
  return lv;
}

struct BranchTarget {
  std::string label;
  std::vector<int> breaks, continues;
  bool isLoop = false;
};

class FuncGen {
 public:
  FuncGen(Proto* p, Func* fn) : P_(p), fn_(fn) {}

  void genFunc() {
    Type* recvT = fn_->type ? fn_->type->recv : nullptr;
    SigLayout L = layoutSig(fn_->type, recvT);
    P_->argSize = L.argSize;
    // code[0]: the interface entry; code[1]: the entry.
    if (recvT && recvT->kind != TPTR && !recvT->isDirectIface())
      emit(DEREFRECV, L.recv, 0, 0, tsize(recvT));
    else
      emit(NOP);
    emit(NOP);
    top_ = L.total;
    for (size_t i = 0; i < fn_->params.size() && i < L.params.size(); i++) bindParam(fn_->params[i], L.params[i]);
    for (size_t i = 0; i < fn_->results.size() && i < L.results.size(); i++) bindParam(fn_->results[i], L.results[i]);
    if (fn_->recv && L.recv >= 0) bindParam(fn_->recv, L.recv);
    // Results start zeroed.
    for (size_t i = 0; i < fn_->results.size() && i < L.results.size(); i++) {
      // Unnamed results (~r0) cannot be read before a return assigns them.
      if (fn_->results[i] && fn_->results[i]->sym.rfind("~r", 0) == 0) continue;
      Type* t = fn_->type->results[i].type;
      int32_t o = L.results[i];
      emit(ZERO, o, 0, 0, slotSize(t));
    }
    for (Name* n : fn_->dcl) local(n);
    // Closure variables: loaded from the context in the prologue.
    if (!fn_->cvars.empty()) {
      int32_t ctx = newLocal(8);
      emit(CTXT, ctx);
      int64_t off = 8;
      for (Name* cv : fn_->cvars) {
        bool byref = capturedByRef(cv);
        int64_t sz = byref ? 8 : slotSize(cv->type);
        VarLoc& v = locs_[cv];
        v.off = newLocal(sz);
        v.heap = byref;
        if (byref) emit(LOAD64, v.off, ctx, 0, off);
        else loadMem(v.off, ctx, off, cv->type, true);
        off += (sz + 7) & ~7;
      }
    }
    // Escaping params move to the heap.
    auto moveParam = [&](Name* n) {
      if (!n || !isHeap(n)) return;
      VarLoc& v = locs_[n];
      int32_t p = newLocal(8);
      emit(NEWOBJ, p, 0, 0, int64_t(n->type));
      storeMem(p, 0, v.off, n->type, true);
      v.off = p;
      v.heap = true;
    };
    for (Name* n : fn_->params) moveParam(n);
    if (fn_->recv) moveParam(fn_->recv);
    for (Name* n : fn_->results) moveParam(n);
    localTop_ = top_;
    line_ = fn_->pos.line;
    stmts(fn_->body);
    if (fn_->results.empty() || !fn_->type || fn_->type->results.empty()) {
      line_ = fn_->endPos.line ? fn_->endPos.line : line_;
      emitReturn();
    } else {
      emit(UNREACHABLE);
    }
    for (auto& pg : gotos_) {
      auto it = labels_.find(pg.second);
      if (it == labels_.end()) throw std::runtime_error("codegen: undefined label " + pg.second);
      P_->code[size_t(pg.first)].k = it->second;
    }
    P_->frameSize = maxTop_ + kHeaderSize + 64;
  }

  // For the package initialiser: only statements, no signature.
  void genInit(const std::vector<Node*>& body, const std::vector<Func*>& inits) {
    emit(NOP);
    emit(NOP);
    localTop_ = top_ = 0;
    stmts(body);
    for (Func* f : inits) {
      resetTemps();
      int32_t base = alloc(kHeaderSize);
      emit(CALL, base, 0, 0, int64_t(protoOf(f)));
    }
    emit(RET);
    P_->frameSize = maxTop_ + kHeaderSize + 64;
  }

 private:
  Proto* P_;
  Func* fn_;
  std::unordered_map<Name*, VarLoc> locs_;
  int32_t top_ = 0, localTop_ = 0, maxTop_ = 0;
  int line_ = 0;
  std::vector<BranchTarget> targets_;
  std::unordered_map<std::string, int64_t> labels_;
  std::vector<std::pair<int, std::string>> gotos_;
  std::string pendingLabel_;

  // ---------- emission helpers
  int emit(uint16_t op, int32_t a = 0, int32_t b = 0, int32_t c = 0, int64_t k = 0) {
    P_->code.push_back(Instr{op, a, b, c, k});
    P_->lines.push_back(line_);
    return int(P_->code.size() - 1);
  }
  int here() const { return int(P_->code.size()); }
  void patch(const std::vector<int>& at, int target) {
    for (int i : at) patchOne(i, target);
  }
  void patchOne(int i, int target) {
    Instr& in = P_->code[size_t(i)];
    if (in.op >= JEQK && in.op <= JGEK) in.c = target;
    else in.k = target;
  }
  int32_t alloc(int64_t size) {
    int32_t o = top_;
    top_ += int32_t((size + 7) & ~int64_t(7));
    if (top_ > maxTop_) maxTop_ = top_;
    return o;
  }
  int32_t newLocal(int64_t size) {
    int32_t o = alloc(size);
    localTop_ = top_;
    return o;
  }
  void resetTemps() { top_ = localTop_; }

  // ---------- variables
  bool isHeap(Name* n) const { return n->escapes || n->cls == PAUTOHEAP; }
  bool capturedByRef(Name* cv) {
    Name* o = cv;
    while (o->outer) o = o->outer;
    return isHeap(o) || !cv->byval;
  }
  void bindParam(Name* n, int32_t off) {
    if (!n) return;
    locs_[n] = VarLoc{off, false};
  }
  VarLoc& local(Name* n) {
    auto it = locs_.find(n);
    if (it != locs_.end()) return it->second;
    VarLoc v;
    v.heap = isHeap(n);
    v.off = newLocal(v.heap ? 8 : slotSize(n->type));
    return locs_[n] = v;
  }
  // The declaration point of a local: fresh heap cell or zero value.
  void declare(Name* n, bool zero) {
    if (!n || n->sym == "_") return;
    VarLoc& v = local(n);
    if (v.heap) emit(NEWOBJ, v.off, 0, 0, int64_t(n->type));
    else if (zero) emit(ZERO, v.off, 0, 0, slotSize(n->type));
  }

  // ---------- memory helpers
  // Load a value of type t at *(ptr slot p)+disp into slot dst.
  void loadMem(int32_t dst, int32_t p, int64_t disp, Type* t, bool wholeSlot = false) {
    if (isScalar(t)) {
      uint16_t op;
      switch (t->kind) {
        case TINT8: op = LOAD8S; break;
        case TUINT8: case TBOOL: op = LOAD8U; break;
        case TINT16: op = LOAD16S; break;
        case TUINT16: op = LOAD16U; break;
        case TINT32: op = LOAD32S; break;
        case TUINT32: case TFLOAT32: op = LOAD32U; break;
        default: op = LOAD64;
      }
      emit(op, dst, p, 0, disp);
    } else {
      emit(LOADN, dst, p, int32_t(wholeSlot ? slotSize(t) : tsize(t)), disp);
    }
  }
  void storeMem(int32_t p, int64_t disp, int32_t src, Type* t, bool wholeSlot = false) {
    if (isScalar(t)) {
      uint16_t op;
      switch (tsize(t)) {
        case 1: op = STORE8; break;
        case 2: op = STORE16; break;
        case 4: op = STORE32; break;
        default: op = STORE64;
      }
      emit(op, p, src, 0, disp);
    } else if (tsize(t) > 0) {
      emit(STOREN, p, src, int32_t(wholeSlot ? slotSize(t) : tsize(t)), disp);
    }
  }
  // Frame memory inside an aggregate (exact Go layout) <-> a normalized slot.
  void loadFrameMem(int32_t dst, int32_t off, Type* t) {
    if (isScalar(t)) {
      uint16_t op;
      switch (t->kind) {
        case TINT8: op = SEXT8; break;
        case TUINT8: case TBOOL: op = ZEXT8; break;
        case TINT16: op = SEXT16; break;
        case TUINT16: op = ZEXT16; break;
        case TINT32: op = SEXT32; break;
        case TUINT32: case TFLOAT32: op = ZEXT32; break;
        default: op = MOV8;
      }
      emit(op, dst, off);
    } else {
      move(dst, off, tsize(t));
    }
  }
  void storeFrameMem(int32_t off, int32_t src, Type* t) {
    if (isScalar(t)) {
      switch (tsize(t)) {
        case 1: emit(MOV1, off, src); break;
        case 2: emit(MOV2, off, src); break;
        case 4: emit(MOV4, off, src); break;
        default: emit(MOV8, off, src);
      }
    } else {
      move(off, src, tsize(t));
    }
  }
  void move(int32_t dst, int32_t src, int64_t size) {
    if (dst == src || size == 0) return;
    if (size == 8) emit(MOV8, dst, src);
    else if (size == 16) emit(MOV16, dst, src);
    else if (size == 24) emit(MOV24, dst, src);
    else emit(MOVN, dst, src, 0, size);
  }
  void moveT(int32_t dst, int32_t src, Type* t) { move(dst, src, slotSize(t)); }
  void normalize(int32_t dst, Type* t) {
    switch (t->kind) {
      case TINT8: emit(SEXT8, dst, dst); break;
      case TINT16: emit(SEXT16, dst, dst); break;
      case TINT32: emit(SEXT32, dst, dst); break;
      case TUINT8: emit(ZEXT8, dst, dst); break;
      case TUINT16: emit(ZEXT16, dst, dst); break;
      case TUINT32: emit(ZEXT32, dst, dst); break;
      default: break;
    }
  }

  // ---------- lvalues
  bool isBlank(Node* n) const {
    return (n->op == ONAME || n->op == ONONAME) && (n->name == "_" || (n->name_ && n->name_->sym == "_"));
  }
  LV globalLV(Name* n) {
    auto it = G_->globalOff.find(n);
    if (it == G_->globalOff.end()) throw std::runtime_error("codegen: unknown global " + n->sym);
    LV lv;
    lv.kind = LV::Ptr;
    lv.off = alloc(8);
    emit(CONST, lv.off, 0, 0, int64_t(G_->prog->globals + it->second));
    return lv;
  }
  LV lvalue(Node* n) {
    switch (n->op) {
      case ONAME: {
        if (isBlank(n)) return blankLV();
        Name* nm = n->name_;
        if (nm->cls == PEXTERN) return globalLV(nm);
        VarLoc& v = local(nm);
        LV lv;
        if (v.heap) {
          lv.kind = LV::Ptr;
          lv.off = v.off;
        } else {
          lv.kind = LV::Frame;
          lv.off = v.off;
          lv.slot = true;
        }
        return lv;
      }
      case ODEREF: {
        LV lv;
        lv.kind = LV::Ptr;
        lv.off = expr(n->left);
        return lv;
      }
      case ODOTPTR: {
        LV lv;
        lv.kind = LV::Ptr;
        lv.off = expr(n->left);
        lv.disp = n->offset;
        return lv;
      }
      case ODOT: {
        LV lv = addressable(n->left) ? lvalue(n->left) : rvalueLV(n->left);
        lv.slot = false;
        if (lv.kind == LV::Ptr) lv.disp += n->offset;
        else if (lv.dyn.empty()) lv.off += int32_t(n->offset);
        else lv.disp += n->offset;
        return lv;
      }
      case OINDEX: {
        Type* xt = n->left->type;
        if (xt->kind == TSLICE) {
          int32_t s = expr(n->left);
          int32_t i = expr(n->right);
          LV lv;
          lv.kind = LV::Ptr;
          lv.off = alloc(8);
          emit(SLICEIDX, lv.off, s, i, tsize(xt->elem));
          return lv;
        }
        if (xt->kind == TPTR) xt = xt->elem;  // index of *array
        if (xt->kind == TARRAY) {
          LV lv;
          if (n->left->type->kind == TPTR) {
            lv.kind = LV::Ptr;
            lv.off = expr(n->left);
          } else {
            lv = addressable(n->left) ? lvalue(n->left) : rvalueLV(n->left);
          }
          lv.slot = false;
          int64_t es = tsize(xt->elem);
          if (n->right->op == OLITERAL && n->right->val.kind() == Constant::Int) {
            int64_t i = n->right->val.int64Val();
            if (lv.kind == LV::Ptr || !lv.dyn.empty()) lv.disp += i * es;
            else lv.off += int32_t(i * es);
            return lv;
          }
          int32_t i = expr(n->right);
          if (lv.kind == LV::Ptr) {
            emit(BOUNDSK, 0, i, 0, xt->len);
            int32_t p = alloc(8);
            if (lv.disp) {
              emit(ADDK, p, lv.off, 0, lv.disp);
              emit(IDXADDR, p, p, i, es);
            } else {
              emit(IDXADDR, p, lv.off, i, es);
            }
            lv.off = p;
            lv.disp = 0;
            return lv;
          }
          lv.dyn.push_back(LV::Idx{i, es, xt->len});
          return lv;
        }
        unsupported(n, "index lvalue");
      }
      default:
        return rvalueLV(n);
    }
  }
  // A non-addressable aggregate value: evaluate into a temp, address it there.
  LV rvalueLV(Node* n) {
    LV lv;
    lv.kind = LV::Frame;
    lv.off = expr(n);
    return lv;
  }
  bool addressable(Node* n) {
    switch (n->op) {
      case ONAME: return n->name_ && n->name_->kind == ObjKind::Var;
      case ODEREF: case ODOTPTR: return true;
      case ODOT: return addressable(n->left);
      case OINDEX:
        return n->left->type->kind == TSLICE || n->left->type->kind == TPTR ||
               (n->left->type->kind == TARRAY && addressable(n->left));
      default: return false;
    }
  }
  // Turn dynamic frame indexing into a transient pointer (no call may come between).
  LV materialize(LV lv) {
    if (lv.kind != LV::Frame || lv.dyn.empty()) return lv;
    for (auto& d : lv.dyn) emit(BOUNDSK, 0, d.idx, 0, d.len);
    int32_t p = alloc(8);
    emit(LEA, p, lv.off);
    for (auto& d : lv.dyn) emit(IDXADDR, p, p, d.idx, d.es);
    LV r;
    r.kind = LV::Ptr;
    r.off = p;
    r.disp = lv.disp;
    return r;
  }
  void loadLV(LV lv, int32_t dst, Type* t) {
    lv = materialize(lv);
    if (lv.kind == LV::Ptr) loadMem(dst, lv.off, lv.disp, t);
    else if (lv.slot) moveT(dst, lv.off, t);
    else loadFrameMem(dst, lv.off, t);
  }
  void storeLV(LV lv, int32_t src, Type* t) {
    if (lv.kind == LV::Blank) return;
    lv = materialize(lv);
    if (lv.kind == LV::Ptr) storeMem(lv.off, lv.disp, src, t);
    else if (lv.slot) moveT(lv.off, src, t);
    else storeFrameMem(lv.off, src, t);
  }

  // ---------- statements
  void stmts(const std::vector<Node*>& l) {
    for (Node* s : l) stmt(s);
  }
  void stmt(Node* n) {
    if (!n) return;
    resetTemps();
    if (n->pos.line) line_ = n->pos.line;
    stmts(n->init);
    resetTemps();
    switch (n->op) {
      case OBLOCK: stmts(n->list); stmts(n->body); break;
      case OEMPTY: case ODCLCONST: case ODCLTYPE: case ODCLFUNC: break;
      case ODCL: declare(n->left->name_, true); break;
      case OAS: assign(n); break;
      case OAS2: assign2(n); break;
      case OAS2FUNC: assign2func(n); break;
      case OASOP: assignOp(n); break;
      case OEXPRSTMT: exprStmt(n->left); break;
      case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OCALLRT: exprStmt(n); break;
      case OIF: ifStmt(n); break;
      case OFOR: forStmt(n); break;
      case OSWITCH: switchStmt(n); break;
      case OLABEL: labelStmt(n); break;
      case OBREAK: case OCONTINUE: branchStmt(n); break;
      case OGOTO: gotos_.push_back({emit(JMP), n->name}); break;
      case ORETURN: returnStmt(n); break;
      case OPANIC: {
        int32_t v = expr(n->left);
        emit(PANIC, 0, v);
        break;
      }
      case OFALL: break;  // handled by switchStmt
      case OVARDEF: break;
      default: exprStmt(n);
    }
  }
  void exprStmt(Node* e) {
    switch (e->op) {
      case OBLOCK: stmt(e); break;
      case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OCALLRT: call(e); break;
      case OPANIC: {
        int32_t v = expr(e->left);
        emit(PANIC, 0, v);
        break;
      }
      default: expr(e);
    }
  }
  void assign(Node* n) {
    Node* l = n->left;
    if (n->colas && l->op == ONAME && l->name_ && !isBlank(l)) {
      VarLoc& v = local(l->name_);
      if (!v.heap) {
        if (n->right) exprTo(n->right, v.off);
        else emit(ZERO, v.off, 0, 0, slotSize(l->type));
        return;
      }
      int32_t val = n->right ? expr(n->right) : zeroTemp(l->type);
      declare(l->name_, false);
      storeMem(v.off, 0, val, l->type);
      return;
    }
    if (!n->right) {
      LV lv = lvalue(l);
      storeLV(lv, zeroTemp(l->type), l->type);
      return;
    }
    if (isBlank(l)) {
      exprStmt(n->right);
      return;
    }
    // x = e on a plain local slot: compute straight into it when e cannot observe a partial write.
    if (l->op == ONAME && l->name_->cls != PEXTERN && !local(l->name_).heap && directSafe(n->right)) {
      exprTo(n->right, local(l->name_).off);
      return;
    }
    LV lv = lvalue(l);
    int32_t v = expr(n->right);
    storeLV(lv, v, l->type);
  }
  bool directSafe(Node* e) {
    switch (e->op) {
      case OSTRUCTLIT: case OARRAYLIT: case OCONVIFACE: case OSLICELIT: return false;
      default: return true;
    }
  }
  int32_t zeroTemp(Type* t) {
    int32_t z = alloc(slotSize(t));
    emit(ZERO, z, 0, 0, slotSize(t));
    return z;
  }
  void assign2(Node* n) {
    std::vector<LV> lvs;
    for (Node* l : n->list) {
      if (n->colas && l->op == ONAME && !isBlank(l)) {
        lvs.push_back(blankLV());  // placeholder, declared below
      } else {
        lvs.push_back(lvalue(l));
      }
    }
    std::vector<int32_t> vals;
    for (Node* r : n->rlist) {
      int32_t t = alloc(slotSize(r->type));
      exprTo(r, t);
      vals.push_back(t);
    }
    for (size_t i = 0; i < n->list.size(); i++) {
      Node* l = n->list[i];
      if (n->colas && l->op == ONAME && !isBlank(l)) assignNew(l, vals[i]);
      else storeLV(lvs[i], vals[i], l->type);
    }
  }
  // Assign to a name on the lhs of := (a new variable, or an old one redeclared).
  void assignNew(Node* l, int32_t val) {
    Name* nm = l->name_;
    bool isNew = nm->defn == nullptr || locs_.find(nm) == locs_.end() || true;
    VarLoc& v = local(nm);
    if (v.heap) {
      if (isNew && nm->defn && (nm->defn->op == OAS2 || nm->defn->op == OAS2FUNC || nm->defn->op == OAS ||
                                nm->defn->op == OAS2MAPR || nm->defn->op == OAS2DOTTYPE || nm->defn->op == OAS2RECV))
        emit(NEWOBJ, v.off, 0, 0, int64_t(nm->type));
      storeMem(v.off, 0, val, l->type);
    } else {
      moveT(v.off, val, l->type);
    }
  }
  void assign2func(Node* n) {
    Node* c = n->rlist.empty() ? n->right : n->rlist[0];
    std::vector<LV> lvs;
    for (Node* l : n->list) {
      if (n->colas && l->op == ONAME && !isBlank(l)) lvs.push_back(blankLV());
      else lvs.push_back(lvalue(l));
    }
    int32_t base = call(c);
    if (c->op == OCALLRT) {
      // runtime calls: results follow the arguments (c->type is a tuple)
      int64_t off = base + kHeaderSize + rtArgSize(c);
      for (size_t i = 0; i < n->list.size(); i++) {
        Node* l = n->list[i];
        Type* rt = c->type->fields[i].type;
        if (n->colas && l->op == ONAME && !isBlank(l)) assignNew(l, int32_t(off));
        else storeLV(lvs[i], int32_t(off), rt);
        off += slotSize(rt);
      }
      return;
    }
    Type* ft = calleeType(c);
    SigLayout L = layoutSig(ft, nullptr);
    for (size_t i = 0; i < n->list.size(); i++) {
      Node* l = n->list[i];
      int32_t src = base + kHeaderSize + L.results[i];
      Type* rt = ft->results[i].type;
      if (n->colas && l->op == ONAME && !isBlank(l)) {
        assignNew(l, convertTemp(src, rt, l->type));
      } else {
        storeLV(lvs[i], convertTemp(src, rt, l->type), l->type);
      }
    }
  }
  // Implicit conversion of a call result to an interface-typed destination.
  int32_t convertTemp(int32_t src, Type* from, Type* to) {
    if (!to || from == to || !to->isInterface() || from->isInterface()) return src;
    int32_t d = alloc(16);
    convIface(d, src, from, to);
    return d;
  }
  void assignOp(Node* n) {
    Node* l = n->left;
    LV lv = lvalue(l);
    int32_t cur = alloc(slotSize(l->type));
    if (lv.kind == LV::Frame && lv.slot) cur = lv.off;
    else loadLV(lv, cur, l->type);
    int32_t res = (lv.kind == LV::Frame && lv.slot) ? lv.off : alloc(slotSize(l->type));
    if ((n->subop == OADD || n->subop == OSUB) && l->type->isInteger() && n->right->op == OLITERAL &&
        n->right->val.kind() == Constant::Int && n->right->val.fitsInt64()) {
      int64_t k = n->right->val.int64Val();
      emit(ADDK, res, cur, 0, n->subop == OADD ? k : int64_t(0 - uint64_t(k)));
      normalize(res, l->type);
    } else {
      int32_t r = expr(n->right);
      binary(n->subop, l->type, res, cur, r, n->right->type, n);
    }
    if (!(lv.kind == LV::Frame && lv.slot)) storeLV(lv, res, l->type);
  }
  void ifStmt(Node* n) {
    std::vector<int> toElse;
    condJump(n->cond, false, toElse);
    stmts(n->body);
    if (!n->rlist.empty()) {
      int j = emit(JMP);
      patch(toElse, here());
      stmts(n->rlist);
      patchOne(j, here());
    } else {
      patch(toElse, here());
    }
  }
  void forStmt(Node* n) {
    BranchTarget bt;
    bt.label = pendingLabel_;
    bt.isLoop = true;
    pendingLabel_.clear();
    targets_.push_back(bt);
    // Layout: JMP cond; body; post; cond: if cond goto body. One branch per iteration.
    int jcond = -1;
    if (n->cond) jcond = emit(JMP);
    int body = here();
    stmts(n->body);
    int cont = here();
    resetTemps();
    if (n->right) stmt(n->right);
    resetTemps();
    std::vector<int> breaks;
    if (n->cond) {
      patchOne(jcond, here());
      if (n->cond->pos.line) line_ = n->cond->pos.line;
      std::vector<int> toBody;
      condJump(n->cond, true, toBody);
      patch(toBody, body);
    } else {
      emit(LOOP, 0, 0, 0, body);
    }
    BranchTarget& t = targets_.back();
    patch(t.breaks, here());
    patch(t.continues, cont);
    targets_.pop_back();
  }
  void labelStmt(Node* n) {
    labels_[n->name] = here();
    if (n->left && (n->left->op == OFOR || n->left->op == OSWITCH || n->left->op == ORANGE || n->left->op == OSELECT)) {
      pendingLabel_ = n->name;
      stmt(n->left);
      pendingLabel_.clear();
    } else if (n->left) {
      stmt(n->left);
    }
  }
  void branchStmt(Node* n) {
    for (int i = int(targets_.size()) - 1; i >= 0; i--) {
      BranchTarget& t = targets_[size_t(i)];
      if (!n->name.empty() ? t.label == n->name : (n->op == OBREAK || t.isLoop)) {
        if (n->op == OBREAK) t.breaks.push_back(emit(JMP));
        else t.continues.push_back(emit(LOOP));
        return;
      }
    }
    throw std::runtime_error("codegen: break/continue outside loop");
  }
  void switchStmt(Node* n) {
    BranchTarget bt;
    bt.label = pendingLabel_;
    pendingLabel_.clear();
    targets_.push_back(bt);
    if (n->left && n->left->op == OTYPESW) unsupported(n, "type switch");
    int32_t tag = -1;
    Type* tagT = nullptr;
    if (n->left) {
      tagT = n->left->type;
      int32_t t = expr(n->left);
      tag = newLocal(slotSize(tagT));  // survives the case bodies' temps
      moveT(tag, t, tagT);
    }
    std::vector<std::vector<int>> toBody(n->list.size());
    int defaultCase = -1;
    for (size_t i = 0; i < n->list.size(); i++) {
      Node* c = n->list[i];
      if (c->list.empty()) defaultCase = int(i);
      for (Node* v : c->list) {
        resetTemps();
        if (v->pos.line) line_ = v->pos.line;
        if (tag < 0) {
          condJump(v, true, toBody[i]);
        } else {
          int32_t x = expr(v);
          int32_t r = alloc(8);
          compare(OEQ, tagT, r, tag, x, v->type);
          toBody[i].push_back(emit(JT, 0, r));
        }
      }
    }
    std::vector<int> ends;
    int jdef = emit(JMP);
    std::vector<int> bodyStart(n->list.size());
    for (size_t i = 0; i < n->list.size(); i++) {
      Node* c = n->list[i];
      bodyStart[i] = here();
      patch(toBody[i], here());
      stmts(c->body);
      bool falls = !c->body.empty() && c->body.back()->op == OFALL;
      if (!falls) ends.push_back(emit(JMP));
    }
    if (defaultCase >= 0) patchOne(jdef, bodyStart[size_t(defaultCase)]);
    else ends.push_back(jdef);
    patch(ends, here());
    patch(targets_.back().breaks, here());
    targets_.pop_back();
  }
  void returnStmt(Node* n) {
    if (!n->list.empty()) {
      SigLayout L = layoutSig(fn_->type, fn_->type->recv);
      if (n->list.size() == 1 && fn_->type->results.size() > 1) {
        // return f() with f returning several values
        Node* c = n->list[0];
        int32_t base = call(c);
        Type* ft = calleeType(c);
        SigLayout CL = layoutSig(ft, nullptr);
        for (size_t i = 0; i < fn_->type->results.size(); i++) {
          int32_t v = convertTemp(base + kHeaderSize + CL.results[i], ft->results[i].type, fn_->type->results[i].type);
          storeResult(i, L.results[i], v);
        }
      } else {
        Name* rn0 = fn_->results.empty() ? nullptr : fn_->results[0];
        if (n->list.size() == 1 && !(rn0 && locs_.count(rn0) && locs_[rn0].heap)) {
          exprTo(n->list[0], L.results[0]);
          emitReturn();
          return;
        }
        std::vector<int32_t> vals;
        for (size_t i = 0; i < n->list.size(); i++) {
          Node* e = n->list[i];
          int32_t t = alloc(slotSize(e->type));
          exprTo(e, t);
          vals.push_back(t);
        }
        for (size_t i = 0; i < vals.size(); i++) storeResult(i, L.results[i], vals[i]);
      }
    }
    emitReturn();
  }
  void storeResult(size_t i, int32_t off, int32_t v) {
    Type* t = fn_->type->results[i].type;
    Name* rn = i < fn_->results.size() ? fn_->results[i] : nullptr;
    if (rn && locs_.count(rn) && locs_[rn].heap) storeMem(locs_[rn].off, 0, v, t);
    else moveT(off, v, t);
  }
  void emitReturn() {
    // Heap-allocated named results are copied back into their result slots.
    SigLayout L = layoutSig(fn_->type, fn_->type ? fn_->type->recv : nullptr);
    for (size_t i = 0; i < fn_->results.size() && i < L.results.size(); i++) {
      Name* rn = fn_->results[i];
      if (rn && locs_.count(rn) && locs_[rn].heap) loadMem(L.results[i], locs_[rn].off, 0, rn->type);
    }
    emit(RET);
  }

  // ---------- conditions
  void condJump(Node* c, bool when, std::vector<int>& out) {
    switch (c->op) {
      case ONOT: condJump(c->left, !when, out); return;
      case OANDAND:
        if (when) {
          std::vector<int> skip;
          condJump(c->left, false, skip);
          condJump(c->right, true, out);
          patch(skip, here());
        } else {
          condJump(c->left, false, out);
          condJump(c->right, false, out);
        }
        return;
      case OOROR:
        if (when) {
          condJump(c->left, true, out);
          condJump(c->right, true, out);
        } else {
          std::vector<int> skip;
          condJump(c->left, true, skip);
          condJump(c->right, false, out);
          patch(skip, here());
        }
        return;
      case OLITERAL:
        if (c->val.kind() == Constant::Bool) {
          if (c->val.boolVal() == when) out.push_back(emit(JMP));
          return;
        }
        break;
      case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE: {
        Type* t = c->left->type;
        if (t->isInteger() || t->kind == TBOOL || t->kind == TPTR || t->kind == TUNSAFEPTR) {
          Op op = c->op;
          if (!when) op = negate(op);
          bool uns = t->isUnsigned() || t->kind == TPTR || t->kind == TUNSAFEPTR;
          int32_t x = expr(c->left);
          if (c->right->op == OLITERAL && c->right->val.kind() == Constant::Int && !uns && c->right->val.fitsInt64()) {
            int64_t k = c->right->val.int64Val();
            static const uint16_t ks[] = {JEQK, JNEK, JLTK, JLEK, JGTK, JGEK};
            out.push_back(emit(ks[op - OEQ], 0, x, 0, k));
            return;
          }
          int32_t y = expr(c->right);
          uint16_t jop;
          switch (op) {
            case OEQ: jop = JEQ; break;
            case ONE: jop = JNE; break;
            case OLT: jop = uns ? JLTU : JLT; break;
            case OLE: jop = uns ? JLEU : JLE; break;
            case OGT: jop = uns ? JGTU : JGT; break;
            default: jop = uns ? JGEU : JGE; break;
          }
          out.push_back(emit(jop, 0, x, y));
          return;
        }
        break;
      }
      default: break;
    }
    int32_t v = expr(c);
    out.push_back(emit(when ? JT : JF, 0, v));
  }
  static Op negate(Op op) {
    switch (op) {
      case OEQ: return ONE;
      case ONE: return OEQ;
      case OLT: return OGE;
      case OLE: return OGT;
      case OGT: return OLE;
      default: return OLT;
    }
  }

  // ---------- expressions
  int32_t expr(Node* n) {
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

  void exprTo(Node* n, int32_t dst) {
    int saveLine = line_;
    if (n->pos.line) line_ = n->pos.line;
    exprTo1(n, dst);
    line_ = saveLine;
  }

  void exprTo1(Node* n, int32_t dst) {
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
        if (t->kind == TFLOAT64) emit(NEGF64, dst, x);
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
      case OCONVNOP: exprTo(n->left, dst); return;
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
          emit(INDEXSTR, dst, s, i);
          return;
        }
        if (n->op == OINDEX && n->left->type->kind == TMAP) unsupported(n, "map index");
        LV lv = lvalue(n);
        loadLV(lv, dst, t);
        return;
      }
      case OADDR: addrOf(n->left, dst); return;
      case OLEN: case OCAP: {
        Type* xt = n->left->type;
        if (xt->kind == TPTR) xt = xt->elem;
        if (xt->kind == TARRAY) {
          emit(CONST, dst, 0, 0, xt->len);
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

  void literal(Node* n, int32_t dst) {
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

  void binary(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Type* yt, Node* n) {
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

  void compare(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Type* yt) {
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
    if (t->kind == TFLOAT64 || t->kind == TFLOAT32) {
      static const uint16_t f64[] = {EQF64, NEF64, LTF64, LEF64, GTF64, GEF64};
      static const uint16_t f32[] = {EQF32, NEF32, LTF32, LEF32, GTF32, GEF32};
      emit((t->kind == TFLOAT64 ? f64 : f32)[op - OEQ], dst, x, y);
      return;
    }
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

  void conv(Node* n, int32_t dst) {
    Type* to = n->type;
    Type* from = n->left->type;
    int32_t x = expr(n->left);
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
    moveT(dst, x, to);
  }

  void nativeCall1(const char* name, int32_t dst, std::vector<int32_t> args, std::vector<int64_t> sizes,
                   int64_t resSize) {
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

  void convIface(int32_t dst, int32_t x, Type* from, Type* to) {
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
      throw std::runtime_error("codegen: interface-to-interface conversion not yet supported");
    }
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

  void addrOf(Node* x, int32_t dst) {
    if (x->op == OSTRUCTLIT || x->op == OARRAYLIT || x->op == OCOMPLIT) {
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

  void sliceExpr(Node* n, int32_t dst) {
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
        emit(MOV8, src, p);
      } else {
        addrOf(n->left, src);
      }
      emit(CONST, src + 8, 0, 0, at->len);
      emit(CONST, src + 16, 0, 0, at->len);
      es = tsize(at->elem);
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
    emit(SLICE, dst, src, idx, es | (mode << 32));
  }

  void appendExpr(Node* n, int32_t dst) {
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

  rt::FuncVal* staticFuncVal(Func* f) {
    auto it = G_->staticFuncVals.find(f);
    if (it != G_->staticFuncVals.end()) return it->second;
    auto* fv = static_cast<rt::FuncVal*>(std::calloc(1, sizeof(rt::FuncVal)));
    fv->fn = f;
    if (!f->code) protoOf(f);
    G_->staticFuncVals[f] = fv;
    return fv;
  }

  void closure(Node* n, int32_t dst) {
    Func* f = n->func;
    if (f->cvars.empty()) {
      emit(CONST, dst, 0, 0, int64_t(staticFuncVal(f)));
      return;
    }
    int64_t size = 8;
    for (Name* cv : f->cvars) size += capturedByRef(cv) ? 8 : slotSize(cv->type);
    int32_t p = alloc(8);
    emit(MALLOC, p, 0, 0, size);
    int32_t fnw = alloc(8);
    emit(CONST, fnw, 0, 0, int64_t(f));
    emit(STORE64, p, fnw, 0, 0);
    int64_t off = 8;
    for (Name* cv : f->cvars) {
      Name* o = cv->outer ? cv->outer : cv;
      VarLoc& v = local(o);
      if (capturedByRef(cv)) {
        if (!v.heap) throw std::runtime_error("codegen: captured variable " + o->sym + " is not on the heap");
        emit(STORE64, p, v.off, 0, off);
        off += 8;
      } else {
        int32_t val = v.heap ? alloc(slotSize(o->type)) : v.off;
        if (v.heap) loadMem(val, v.off, 0, o->type);
        storeMem(p, off, val, o->type, true);
        off += slotSize(cv->type);
      }
    }
    emit(MOV8, dst, p);
  }

  // ---------- calls
  Type* calleeType(Node* n) {
    if (n->op == OCALLRT) return nullptr;
    if (n->op == OCALLMETH || n->op == OCALLINTER) {
      Node* d = n->left;
      if (n->op == OCALLMETH) {
        Func* f = methodFunc(d);
        return f->type;
      }
      Type* it = d->left->type;
      for (auto& m : it->methods)
        if (m.name == d->name) return m.type;
      unsupported(n, "interface method");
    }
    Type* ft = n->left->type;
    return ft;
  }
  Func* methodFunc(Node* d) {
    Type* rt = d->left->type;
    Type* base = rt->kind == TPTR ? rt->elem : rt;
    for (auto& m : base->methods)
      if (m.name == d->name && m.fn) return m.fn;
    if (rt->kind == TPTR)
      for (auto& m : rt->methods)
        if (m.name == d->name && m.fn) return m.fn;
    if (d->func) return d->func;
    unsupported(d, "method " + d->name);
  }
  int64_t rtArgSize(Node* n) {
    int64_t s = 0;
    for (Node* a : n->list) s += slotSize(a->type);
    return s;
  }

  // Evaluates a call; returns the base of its frame region (results at base+32+offset).
  int32_t call(Node* n) {
    if (n->op == OCALLRT) return callRT(n);
    Type* ft = calleeType(n);
    Func* direct = nullptr;
    Node* fnExpr = nullptr;
    Node* recvExpr = nullptr;
    Type* recvT = nullptr;
    bool inter = false;
    if (n->op == OCALLFUNC) {
      Node* l = n->left;
      if (l->op == ONAME && l->name_ && (l->name_->kind == ObjKind::Func || l->name_->cls == PFUNC) && l->name_->fn)
        direct = l->name_->fn;
      else if (l->op == OMETHEXPR && l->func)
        direct = l->func;
      else
        fnExpr = l;
    } else if (n->op == OCALLMETH) {
      direct = methodFunc(n->left);
      recvExpr = n->left->left;
      recvT = direct->type->recv ? direct->type->recv : recvExpr->type;
    } else {
      inter = true;
      recvExpr = n->left->left;
    }
    SigLayout L = layoutSig(ft, recvT ? recvT : (inter ? types::UnsafePointer : nullptr));
    bool native = direct && direct->body.empty() && !direct->code && lookupNative(direct->name);
    // Evaluate the function value and the receiver first (Go's order).
    int32_t fv = fnExpr ? expr(fnExpr) : -1;
    int32_t iv = -1;
    if (inter) iv = expr(recvExpr);
    int32_t base = alloc(kHeaderSize + L.total);
    int32_t a = base + kHeaderSize;
    if (recvExpr && !inter) exprTo(recvExpr, a + L.recv);
    // Arguments, with a variadic tail packed into a slice.
    size_t np = ft->params.size();
    bool packTail = ft->variadic && !n->isDDD;
    size_t fixed = packTail ? np - 1 : np;
    std::vector<Node*> args = n->list;
    if (args.size() == 1 && args[0]->type && args[0]->type->kind == TTUPLE) {
      // f(g()) with g returning several values: spread them over the params
      Node* g = args[0];
      int32_t gb = call(g);
      Type* gt = calleeType(g);
      SigLayout GL = layoutSig(gt, nullptr);
      size_t nr = gt->results.size();
      for (size_t i = 0; i < fixed && i < nr; i++)
        moveT(a + L.params[i], convertTemp(gb + kHeaderSize + GL.results[i], gt->results[i].type, ft->params[i].type),
              ft->params[i].type);
      if (packTail) {
        Type* et = ft->params[np - 1].type->elem;
        int64_t es = tsize(et);
        int64_t cnt = int64_t(nr) - int64_t(fixed);
        int32_t sl = a + L.params[np - 1];
        int32_t p = alloc(8);
        emit(MALLOC, p, 0, 0, std::max<int64_t>(1, cnt * es));
        for (int64_t i = 0; i < cnt; i++) {
          size_t r = fixed + size_t(i);
          int32_t v = convertTemp(gb + kHeaderSize + GL.results[r], gt->results[r].type, et);
          storeMem(p, i * es, v, et);
        }
        emit(MOV8, sl, p);
        emit(CONST, sl + 8, 0, 0, cnt);
        emit(CONST, sl + 16, 0, 0, cnt);
      }
    } else {
      for (size_t i = 0; i < fixed && i < args.size(); i++) exprTo(args[i], a + L.params[i]);
      if (packTail) {
        Type* st = ft->params[np - 1].type;
        Type* et = st->elem;
        int64_t es = tsize(et);
        int64_t cnt = int64_t(args.size()) - int64_t(fixed);
        int32_t sl = a + L.params[np - 1];
        if (cnt <= 0) {
          emit(ZERO, sl, 0, 0, 24);
        } else if (native) {
          // A native never keeps the slice: its backing array may live in the frame.
          int32_t arr = alloc(cnt * es);
          for (int64_t i = 0; i < cnt; i++) {
            int32_t v = expr(args[fixed + size_t(i)]);
            storeFrameMem(arr + int32_t(i * es), v, et);
          }
          emit(LEA, sl, arr);
          emit(CONST, sl + 8, 0, 0, cnt);
          emit(CONST, sl + 16, 0, 0, cnt);
        } else {
          int32_t p = alloc(8);
          emit(MALLOC, p, 0, 0, cnt * es);
          for (int64_t i = 0; i < cnt; i++) {
            int32_t v = expr(args[fixed + size_t(i)]);
            storeMem(p, i * es, v, et);
          }
          emit(MOV8, sl, p);
          emit(CONST, sl + 8, 0, 0, cnt);
          emit(CONST, sl + 16, 0, 0, cnt);
        }
      }
    }
    if (n->pos.line) line_ = n->pos.line;
    if (inter) {
      Type* it = recvExpr->type;
      int64_t idx = -1;
      for (size_t i = 0; i < it->methods.size(); i++)
        if (it->methods[i].name == n->left->name) idx = int64_t(i);
      emit(CALLINTER, base, iv, 0, idx);
    } else if (direct) {
      Proto* p = protoOf(direct);
      if (p->native) emit(CALLNATIVE, base, 0, 0, int64_t(p->native));
      else emit(CALL, base, 0, 0, int64_t(p));
    } else {
      emit(CALLFV, base, fv);
    }
    return base;
  }

  int32_t callRT(Node* n) {
    NativeFn f = lookupNative(n->name);
    if (!f) throw std::runtime_error("codegen: unknown runtime function " + n->name);
    if (n->name == "concatstrings") {
      int64_t cnt = int64_t(n->list.size());
      int32_t arr = alloc(16 * cnt);
      for (int64_t i = 0; i < cnt; i++) exprTo(n->list[size_t(i)], arr + int32_t(16 * i));
      int32_t base = alloc(kHeaderSize + 40);
      int32_t a = base + kHeaderSize;
      emit(LEA, a, arr);
      emit(CONST, a + 8, 0, 0, cnt);
      emit(CONST, a + 16, 0, 0, cnt);
      emit(CALLNATIVE, base, 0, 0, int64_t(f));
      // callers read the result at base + 32 + rtArgSize: place it there.
      int64_t ra = rtArgSize(n);
      if (ra != 24) emit(MOV16, a + int32_t(ra), a + 24);
      return base;
    }
    int64_t argSize = rtArgSize(n);
    int64_t resSize = n->type ? slotSize(n->type) : 0;
    if (n->type && n->type->kind == TTUPLE) {
      resSize = 0;
      for (auto& f2 : n->type->fields) resSize += slotSize(f2.type);
    }
    int32_t base = alloc(kHeaderSize + argSize + resSize);
    int32_t a = base + kHeaderSize;
    int64_t off = 0;
    for (Node* arg : n->list) {
      exprTo(arg, a + int32_t(off));
      off += slotSize(arg->type);
    }
    emit(CALLNATIVE, base, 0, 0, int64_t(f));
    return base;
  }
};

}  // namespace

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
