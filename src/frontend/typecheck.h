// typecheck.h — private interface between the typecheck*.cpp files.
//
// One Checker walks the package: typecheck.cpp (package-level declarations,
// scopes, init order, error helpers), typecheck_types.cpp (type expressions,
// field/method lookup, assignability), typecheck_const.cpp (untyped constants,
// representability, conversions), typecheck_expr.cpp (operators, selectors,
// index/slice, composite and function literals), typecheck_call.cpp (calls and
// builtins), typecheck_stmt.cpp (statements, labels, terminating statements),
// typecheck_assign.cpp (assignments and declarations of variables).
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/types.h"

namespace minigo::tc {

extern Type* tInvalid;   // type of an erroneous expression (no further errors)
extern Type* tNoValue;   // empty tuple: a call without results

struct Scope {
  Scope* parent = nullptr;
  std::unordered_map<std::string, Name*> names;
  Func* fn = nullptr;  // function whose body this scope belongs to (nullptr: package)
};

Scope* universe();

// An imported package's exported declarations (stdlib_decls.cpp).
struct StdPackage {
  std::string path, name;
  std::map<std::string, Name*> members;
};
const StdPackage* lookupStdPackage(const std::string& path);
// Get-or-create a std package while the registry is being built; the
// packages declared outside stdlib_decls.cpp (stdlib_strings.cpp ...) use it
// from declareStdlibExtras(), which build() calls last.
StdPackage* stdPackage(const std::string& path, const std::string& name);
void declareStdlibExtras();

// Operand modes, as go/types names them (operand.go).
enum class Mode { Invalid, NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, CommaOk };

// A package-level object's declaration and resolution state.
struct DeclInfo {
  Node* decl = nullptr;   // ODCLCONST / OVARDEF / ODCLTYPE / ODCLFUNC
  int index = 0;          // position of the name in decl->list
  int state = 0;          // 0 unresolved, 1 in progress, 2 done
  std::vector<Name*> deps;  // package-level vars and funcs referenced
  Node* initStmt = nullptr; // OVARDEF: the built initialisation statement
};

// A breakable / continuable statement enclosing the current one.
struct Target {
  Node* stmt;
  std::string label;
  bool isLoop;
  bool isSelectOrSwitch;
};

class Checker {
 public:
  Checker(Package* pkg, Diagnostics& diags);
  bool run();

  // --- typecheck.cpp
  Package* pkg;
  Diagnostics& diags;
  Scope* pkgScope;
  Scope* scope;
  Func* curfn = nullptr;
  DeclInfo* curDecl = nullptr;          // collecting dependencies of this decl
  std::unordered_map<Name*, DeclInfo*> declInfo;
  std::unordered_map<Name*, Node*> importOf;  // package name → OPACK node
  std::vector<Name*> pkgNames;          // package names in import order
  std::vector<Node*> methodDecls;
  int globClosureCount = 0;
  int iota = -1;                         // current iota (-1: outside const decls)
  Name* blank;

  void error(Pos p, const std::string& msg);
  void collect();
  void declare(Scope* s, Name* n, Pos p);
  Name* lookup(const std::string& name, Scope** where = nullptr);
  void resolveDecl(Name* n);
  void constDecl(Name* n, DeclInfo* d);
  void varDecl(Name* n, DeclInfo* d);
  void typeDecl(Name* n, DeclInfo* d);
  void funcSig(Func* fn, Node* decl);
  void funcBody(Func* fn);
  void attachMethods();
  void computeInitOrder();
  void recordDep(Name* n);
  void pushScope();
  void popScope();
  Name* captureVar(Name* n);
  void checkUnused(Func* fn);

  // descriptions for error messages
  std::string exprString(Node* n);
  std::string operandString(Node* n);
  std::string posString(Node* n);  // "./x.go:LINE:COL", as gc cites another position
  // gc prints byte/rune where a value's type is spelled so (types2 keeps the alias
  // objects); minigo's Byte/Rune are Uint8/Int32 themselves, so local variables
  // remember the spelling here and messages ask typeNameOf.
  std::map<Name*, std::string> aliasOf;
  const std::string* targetAlias = nullptr;  // assign(): the target type is spelled byte/rune
  std::string aliasName(Node* n);   // "byte" / "rune" when n's type is spelled so, else ""
  std::string typeNameOf(Node* n);  // aliasName(n), or typeStringForError(n->type)
  Mode modeOf(Node* n);
  int endCol(Node* n);        // column just after n's source text, or -1 if unknown
  Pos afterPos(Node* n, int skip);  // position skip bytes after n's end (fallback: n->pos)

  // --- typecheck_types.cpp
  Type* typExpr(Node*& n);             // resolves a type expression; n becomes OTYPE
  Type* funcType(Node* sig, Func* fn, Type* recv);  // OTFUNC → TFUNC, declaring params in fn
  Type* structType(Node* n);
  Type* interfaceType(Node* n);
  bool assignableTo(Type* v, Node* x, Type* t, std::string* reason);
  bool implements(Type* t, Type* iface, std::string* reason);
  bool convertible(Node* x, Type* t);
  bool comparable(Type* t);
  // Field or method lookup through embedded fields (lookupFieldOrMethod).
  struct Selection {
    enum Kind { None, Field, Method, Ambiguous } kind = None;
    std::vector<int> path;      // field indices through embedded structs
    std::vector<bool> viaPtr;   // per path step: the struct is reached through a pointer
    Type* type = nullptr;       // field type or method signature
    const minigo::Method* method = nullptr;
    Type* recvBase = nullptr;   // type that declares the method
    bool indirect = false;      // path goes through a pointer
    bool lastPtr = false;       // the struct/receiver at the end of path is reached through a pointer
  };
  Selection lookupFieldOrMethod(Type* t, const std::string& name);
  const Method* findMethod(Type* t, const std::string& name);
  std::vector<Method> methodSet(Type* t, bool ptr);

  // --- typecheck_const.cpp
  bool representable(Node* x, Type* t, Constant* out, std::string* why);
  void convertUntyped(Node*& n, Type* target);
  void defaultType(Node*& n);
  // defaultType for a value assigned in context ("assignment", "argument to f"):
  // a constant that does not fit its default type is reported as gc does there.
  void defaultTypeIn(Node*& n, const std::string& context);
  const std::string* defaultContext = nullptr;
  Type* defaultOf(Type* t);
  void setConst(Node* n, Constant v, Type* t);
  void conversion(Node*& n, Type* t);      // T(x): n is the OCALL
  bool checkTypedConst(Node* n);           // overflow check after typed const op

  // --- typecheck_expr.cpp
  void expr(Node*& n, Type* hint = nullptr);    // any operand (value, type, tuple ...)
  void value(Node*& n, Type* hint = nullptr);   // single value
  void rvalue(Node*& n, Type* hint = nullptr);  // single value, untyped defaulted
  void unary(Node*& n);
  void binary(Node*& n);
  void shift(Node*& n);
  void comparison(Node*& n);
  void selector(Node*& n);
  void index(Node*& n);
  void sliceExpr(Node*& n);
  void compositeLit(Node*& n, Type* hint);
  void funcLit(Node*& n);
  void ident(Node*& n);
  bool addressable(Node* n);
  void markAddrTaken(Node* n);
  void matchTypes(Node*& x, Node*& y);
  Node* implicitDot(Node* x, const Selection& sel, size_t upto);

  // --- typecheck_call.cpp
  void call(Node*& n);
  void builtinCall(Node*& n, Op op);
  void arguments(Node* call, Type* sig, const std::string& fname);

  // --- typecheck_assign.cpp
  bool assign(Node*& x, Type* t, const std::string& context);  // assignability + OCONVIFACE
  void wrapIface(Node*& x, Type* t);
  void assignStmt(Node* n, std::vector<Node*>& out);
  void assign2(Node* n, std::vector<Node*>& out);
  void localVarDecl(Node* n, std::vector<Node*>& out);
  void localConstDecl(Node* n);
  void localTypeDecl(Node* n);
  Name* declareLocal(Node* ident, Type* t, std::vector<Node*>& out);
  void lhsExpr(Node*& n);
  void markReassignedLhs(Node* n);   // left side of = (does not mark used)

  // --- typecheck_stmt.cpp
  std::vector<Target> targets;
  struct LabelInfo { Node* stmt; bool used = false; };
  std::map<std::string, LabelInfo> labels;  // labels of the current function
  std::set<Node*> brokenStmts;  // statements some break refers to (terminating-statement rules)
  bool inTypeSwitch = false;
  void stmtList(std::vector<Node*>& list);
  void stmt(Node* n, std::vector<Node*>& out);
  void block(std::vector<Node*>& list);
  void ifStmt(Node* n);
  void forStmt(Node* n, const std::string& label);
  void rangeStmt(Node* n, const std::string& label);
  void switchStmt(Node* n, const std::string& label);
  void typeSwitch(Node* n, const std::string& label);
  void selectStmt(Node* n, const std::string& label);
  void returnStmt(Node* n);
  void branchStmt(Node* n);
  void collectLabels(std::vector<Node*>& list);
  void checkGotos(std::vector<Node*>& body);
  bool isTerminating(Node* n, const std::string& label);
  bool isTerminatingList(std::vector<Node*>& list);
  bool hasBreak(Node* body, Node* target, const std::string& label, bool implicit);

  // --- typecheck_generic.cpp (generics by monomorphization)
  std::unordered_map<Name*, Node*> genericDecls;                    // generic func/type → its declaration
  std::unordered_map<std::string, std::vector<Node*>> genericMethods;  // generic type name → method decls
  std::map<std::pair<Node*, std::vector<Type*>>, Name*> instances;  // (decl, type args) → instance
  std::unordered_map<Type*, std::pair<Name*, std::vector<Type*>>> instanceArgs;  // type instance → (generic, args)
  struct PendingBody { Func* fn; Scope* scope; };
  std::vector<PendingBody> pendingBodies;
  std::unordered_map<Node*, Node*> ifaceSyntax;  // interface type decl → unchecked copy of its syntax  // instance bodies, checked after the package's own funcs
  bool collectGeneric(Node* d);            // collect(): takes generic decls and methods of generic types
  std::string genericString(Name* g);      // Box[T any], as gc prints a generic type
  Name* genericOf(Node* n);                // n names a generic func/type (else nullptr)
  Name* instantiate(Name* g, const std::vector<Type*>& targs, Pos p);
  void genericInst(Node*& n);              // G[T] / G[K, V] → OTYPE or ONAME of the instance
  bool inferCall(Node* call, Name* g);     // f(args) of a generic f (or f[A](args), A a prefix): infer and instantiate n->left
  std::string constraintError(Type* t, Node* c);
  void checkInstanceBodies();
};

}  // namespace minigo::tc
