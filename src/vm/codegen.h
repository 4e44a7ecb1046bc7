// codegen.h — shared by the codegen files: the per-function generator
// (FuncGen), where variables live (VarLoc, LV) and program-wide state.
//
// codegen.cpp        program-wide pass: globals, protos, the initialiser
// codegen_func.cpp   frames: prologue, locals, loads/stores, lvalues
// codegen_stmt.cpp   statements and control flow
// codegen_expr.cpp   expressions, conversions, composite values
// codegen_call.cpp   calls, closures, natives and runtime calls
#pragma once

#include <cstring>
#include <deque>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/types.h"
#include "runtime/malloc.h"
#include "runtime/value.h"
#include "vm/natives.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace minigo::vm::cg {

bool isScalar(Type* t);
bool isSigned(Type* t);
int64_t tsize(Type* t);
[[noreturn]] void unsupported(Node* n, const std::string& what);

struct SigLayout {
  std::vector<int32_t> params, results;
  int32_t argSize = 0;  // params + results
  int32_t recv = -1;    // receiver slot (after results)
  int32_t total = 0;
};

// Program-wide state shared by all functions.
struct Globals {
  Program* prog;
  std::unordered_map<Name*, int64_t> globalOff;
  std::deque<std::string> strings;                // constant string data
  std::unordered_map<Func*, rt::FuncVal*> staticFuncVals;
  std::map<std::pair<Type*, Type*>, rt::Itab*> itabs;
  std::unordered_map<std::string, Proto*> nativeProtos;
};

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
  enum Kind { Frame, Ptr, Blank, Map } kind = Frame;  // Map: m[k], off = map slot (codegen_map.cpp)
  int32_t off = 0;     // Frame: offset of the memory; Ptr: slot holding the pointer
  int64_t disp = 0;    // Ptr: byte displacement
  bool slot = false;   // Frame: a whole variable slot (scalars normalized)
  int32_t key = 0;     // Map: slot holding the key
  Type* mapT = nullptr;  // Map: the map type
  struct Idx {
    int32_t idx;
    int64_t es, len;
    Type* t;  // the index's type
  };
  std::vector<Idx> dyn;
};

struct BranchTarget {
  std::string label;
  std::vector<int> breaks, continues;
  bool isLoop = false;
};

SigLayout layoutSig(Type* ft, Type* recvType);
extern Globals* G_;
Proto* protoOf(Func* f);
rt::Itab* getitab(Type* inter, Type* t);
LV blankLV();
// codegen_wrap.cpp: adds t's promotion wrappers to its methods (once).
void ensureWrappers(Type* t);

class FuncGen {
 public:
  FuncGen(Proto* p, Func* fn) : P_(p), fn_(fn) {}

  void genFunc();

  // For the package initialiser: only statements, no signature.
  void genInit(const std::vector<Node*>& body, const std::vector<Func*>& inits);

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
  int emit(uint16_t op, int32_t a = 0, int32_t b = 0, int32_t c = 0, int64_t k = 0);
  // Records that the bounds check at pc takes an index of type t, if that
  // is a 64-bit unsigned type (Proto::unsignedIdx).
  void markIndexType(int pc, Type* t);
  int here() const { return int(P_->code.size()); }
  void patch(const std::vector<int>& at, int target);
  void patchOne(int i, int target);
  int32_t alloc(int64_t size);
  int32_t newLocal(int64_t size);
  void resetTemps() { top_ = localTop_; }

  // ---------- variables
  bool isHeap(Name* n) const { return n->escapes || n->cls == PAUTOHEAP; }
  bool capturedByRef(Name* cv);
  void bindParam(Name* n, int32_t off);
  VarLoc& local(Name* n);
  // The declaration point of a local: fresh heap cell or zero value.
  void declare(Name* n, bool zero);

  // ---------- memory helpers
  // Load a value of type t at *(ptr slot p)+disp into slot dst.
  void loadMem(int32_t dst, int32_t p, int64_t disp, Type* t, bool wholeSlot = false);
  void storeMem(int32_t p, int64_t disp, int32_t src, Type* t, bool wholeSlot = false);
  // Frame memory inside an aggregate (exact Go layout) <-> a normalized slot.
  void loadFrameMem(int32_t dst, int32_t off, Type* t);
  void storeFrameMem(int32_t off, int32_t src, Type* t);
  void move(int32_t dst, int32_t src, int64_t size);
  void moveT(int32_t dst, int32_t src, Type* t) { move(dst, src, slotSize(t)); }
  void normalize(int32_t dst, Type* t);

  // ---------- lvalues
  bool isBlank(Node* n) const;
  LV globalLV(Name* n);
  LV lvalue(Node* n);
  // A non-addressable aggregate value: evaluate into a temp, address it there.
  LV rvalueLV(Node* n);
  bool addressable(Node* n);
  // Turn dynamic frame indexing into a transient pointer (no call may come between).
  LV materialize(LV lv);
  void loadLV(LV lv, int32_t dst, Type* t);
  void storeLV(LV lv, int32_t src, Type* t);

  // ---------- statements
  void stmts(const std::vector<Node*>& l);
  void stmt(Node* n);
  void exprStmt(Node* e);
  void assign(Node* n);
  bool directSafe(Node* e);
  int32_t zeroTemp(Type* t);
  void assign2(Node* n);
  // The left sides of a multi-assignment (blank placeholders for new
  // variables of :=), with pointer and index operands that read a variable
  // the statement also assigns copied first (the spec's first phase).
  std::vector<LV> lvalues(Node* n);
  // Assign to a name on the lhs of := (a new variable, or an old one redeclared).
  void assignNew(Node* l, int32_t val);
  void assign2func(Node* n);
  // Implicit conversion of a call result to an interface-typed destination.
  int32_t convertTemp(int32_t src, Type* from, Type* to);
  void assignOp(Node* n);
  void ifStmt(Node* n);
  void forStmt(Node* n);
  void labelStmt(Node* n);
  void branchStmt(Node* n);
  void switchStmt(Node* n);
  void returnStmt(Node* n);
  void storeResult(size_t i, int32_t off, int32_t v);
  void emitReturn();
  // codegen_defer.cpp: the recovery landing of a function with defers.
  void emitDeferReturnLanding();

  // ---------- conditions
  void condJump(Node* c, bool when, std::vector<int>& out);
  static Op negate(Op op);

  // ---------- expressions
  void exprInit(Node* n);
  int32_t expr(Node* n);

  void exprTo(Node* n, int32_t dst);

  void exprTo1(Node* n, int32_t dst);

  void literal(Node* n, int32_t dst);

  void binary(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Type* yt, Node* n);

  void compare(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Type* yt);

  void conv(Node* n, int32_t dst);

  void nativeCall1(const char* name, int32_t dst, std::vector<int32_t> args, std::vector<int64_t> sizes, int64_t resSize);

  void convIface(int32_t dst, int32_t x, Type* from, Type* to);

  void addrOf(Node* x, int32_t dst);

  void sliceExpr(Node* n, int32_t dst);

  void appendExpr(Node* n, int32_t dst);

  rt::FuncVal* staticFuncVal(Func* f);

  void closure(Node* n, int32_t dst);

  // ---------- interfaces (codegen_iface.cpp)
  int32_t dynType(int32_t x, Type* it);
  void ifaceData(int32_t dst, int32_t x, Type* T);
  void assertToIface(int32_t dst, int32_t ok, int32_t x, int32_t ty, Type* src, Type* I);
  void dotType(Node* n, int32_t dst, int32_t ok);
  void assign2DotType(Node* n);
  void typeSwitch(Node* n);
  void convI2I(int32_t dst, int32_t x, Type* from, Type* to);
  bool compareTyped(Op op, Type* t, int32_t dst, int32_t x, int32_t y);

  // ---------- generated wrappers (codegen_wrap.cpp)
 public:
  void genForwarder(Type* sig, Type* recvT, bool fromCtxt, const std::vector<std::pair<int64_t, Type*>>& path,
                    Type* base, const Method* m);
  // recvMode: 0 receiver slot, 1 closure context, 2 first parameter (method expressions).
  void genForwarderMode(Type* sig, Type* recvT, int recvMode, const std::vector<std::pair<int64_t, Type*>>& path,
                        Type* base, const Method* m);
 private:
  void methodValue(Node* n, int32_t dst);
  void methodExpr(Node* n, int32_t dst);

  // ---------- complex64/complex128 (codegen_complex.cpp)
  void complexLiteral(Type* t, const Constant& v, int32_t dst);
  void complexBinary(Op op, Type* t, int32_t dst, int32_t x, int32_t y, Node* n);
  void complexCompare(Op op, Type* t, int32_t dst, int32_t x, int32_t y);
  void complexNeg(Type* t, int32_t dst, int32_t x);
  void complexConv(int32_t dst, int32_t x, Type* from, Type* to);
  void complexBuiltin(Node* n, int32_t dst);

  // ---------- maps (codegen_map.cpp)
  int32_t mapFrame(Type* mt);
  void mapCall(const char* fn, Type* mt, int32_t base);
  void makeMap(Node* n, int32_t dst);
  void mapLit(Node* n, int32_t dst);
  void mapIndex(Node* n, int32_t dst);
  LV mapLV(Node* n);
  void mapLoadLV(const LV& lv, int32_t dst, Type* t);
  void mapStoreLV(const LV& lv, int32_t src, Type* t);
  void mapAccess2(Node* n);
  void mapDelete(Node* n);
  void mapLen(Node* n, int32_t dst);
  void rangeMap(Node* n);

  // ---------- channels, select, go (codegen_chan.cpp)
  bool goStmt_ = false;  // the next call() becomes a go statement (newproc)
  void makeChan(Node* n, int32_t dst);
  void selectStmt(Node* n);
  void goStmt(Node* n);
  void emitGo(Node* n, int32_t base, int32_t total, int32_t fv, int32_t iv, Func* direct);

  // ---------- calls
  Type* calleeType(Node* n);
  Func* methodFunc(Node* d);
  int64_t rtArgSize(Node* n);

  // Evaluates a call; returns the base of its frame region (results at base+32+offset).
  int32_t call(Node* n);

  int32_t callRT(Node* n);
};

}  // namespace minigo::vm::cg
