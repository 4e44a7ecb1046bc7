// universe.cpp — the universe block: predeclared types, constants, nil and
// builtin functions (go/types' universe.go, gc's typecheck/universe.go).
#include <string>

#include "frontend/typecheck.h"
#include "frontend/types.h"

namespace minigo {

namespace types {
Type* Bool; Type* Int; Type* Int8; Type* Int16; Type* Int32; Type* Int64;
Type* Uint; Type* Uint8; Type* Uint16; Type* Uint32; Type* Uint64; Type* Uintptr;
Type* Float32; Type* Float64; Type* Complex64; Type* Complex128;
Type* String; Type* UnsafePointer; Type* Byte; Type* Rune; Type* Error; Type* Any;
Type* UntypedBool; Type* UntypedInt; Type* UntypedRune; Type* UntypedFloat;
Type* UntypedComplex; Type* UntypedString; Type* UntypedNil;
}  // namespace types

namespace tc {

Type* tInvalid;
Type* tNoValue;
static Scope* universeScope;

Scope* universe() { return universeScope; }

static Type* basic(Kind k, const char* sym) {
  auto* t = new Type;
  t->kind = k;
  t->sym = sym;
  if (*sym) calcSize(t);
  return t;
}

static void declare(Name* n) { universeScope->names[n->sym] = n; }

static void declType(const char* sym, Type* t) {
  auto* n = newName(sym, ObjKind::Type, Pos{});
  n->type = t;
  declare(n);
}

}  // namespace tc

using namespace tc;

void initUniverse() {
  if (universeScope) return;
  universeScope = new Scope;
  using namespace types;
  Bool = basic(TBOOL, "bool");
  Int = basic(TINT, "int"); Int8 = basic(TINT8, "int8"); Int16 = basic(TINT16, "int16");
  Int32 = basic(TINT32, "int32"); Int64 = basic(TINT64, "int64");
  Uint = basic(TUINT, "uint"); Uint8 = basic(TUINT8, "uint8"); Uint16 = basic(TUINT16, "uint16");
  Uint32 = basic(TUINT32, "uint32"); Uint64 = basic(TUINT64, "uint64"); Uintptr = basic(TUINTPTR, "uintptr");
  Float32 = basic(TFLOAT32, "float32"); Float64 = basic(TFLOAT64, "float64");
  Complex64 = basic(TCOMPLEX64, "complex64"); Complex128 = basic(TCOMPLEX128, "complex128");
  String = basic(TSTRING, "string");
  UnsafePointer = basic(TUNSAFEPTR, "Pointer");
  UnsafePointer->pkg = "unsafe";
  Byte = Uint8;
  Rune = Int32;
  UntypedBool = basic(TIDEAL_BOOL, ""); UntypedInt = basic(TIDEAL_INT, "");
  UntypedRune = basic(TIDEAL_RUNE, ""); UntypedFloat = basic(TIDEAL_FLOAT, "");
  UntypedComplex = basic(TIDEAL_COMPLEX, ""); UntypedString = basic(TIDEAL_STRING, "");
  UntypedNil = basic(TNIL, "");
  tInvalid = basic(TXXX, "");
  tInvalid->size = 0;
  tNoValue = newTuple({});
  tNoValue->size = 0;

  Any = newInterface({}, {});
  calcSize(Any);
  // type error interface { Error() string }
  Error = newNamed("", "error");
  Method em;
  em.name = "Error";
  em.type = newFunc({}, {Field{"", String}}, false);
  calcSize(em.type);
  setUnderlying(Error, newInterface({em}, {}));
  calcSize(Error);

  for (Type* t : {Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
                  Float32, Float64, Complex64, Complex128, String})
    declType(t->sym.c_str(), t);
  declType("byte", Byte);
  declType("rune", Rune);
  declType("error", Error);
  declType("any", Any);
  Type* comparable = newNamed("", "comparable");
  setUnderlying(comparable, Any);
  declType("comparable", comparable);

  for (bool b : {true, false}) {
    auto* n = newName(b ? "true" : "false", ObjKind::Const, Pos{});
    n->type = UntypedBool;
    n->val = Constant::makeBool(b);
    declare(n);
  }
  auto* iota = newName("iota", ObjKind::Const, Pos{});
  iota->type = UntypedInt;
  iota->val = Constant::makeInt64(0);
  declare(iota);
  auto* nil = newName("nil", ObjKind::Nil, Pos{});
  nil->type = UntypedNil;
  declare(nil);

  struct { const char* name; Op op; } builtins[] = {
      {"append", OAPPEND}, {"cap", OCAP}, {"close", OCLOSE}, {"complex", OCOMPLEX},
      {"copy", OCOPY}, {"delete", ODELETE}, {"imag", OIMAG}, {"len", OLEN},
      {"make", OMAKE}, {"new", ONEW}, {"panic", OPANIC}, {"print", OPRINT},
      {"println", OPRINTN}, {"real", OREAL}, {"recover", ORECOVER},
  };
  for (auto& b : builtins) {
    auto* n = newName(b.name, ObjKind::Builtin, Pos{});
    n->builtin = b.op;
    declare(n);
  }
}

}  // namespace minigo
