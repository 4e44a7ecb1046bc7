// stdlib_reflect.cpp — the part of package reflect that programs use to look
// at types: TypeOf and reflect.Type (implemented by *reflect.rtype, whose one
// word is the runtime type descriptor), Kind, StructField and StructTag,
// ValueOf with Value's read-only accessors, and DeepEqual. The natives are in
// natives_reflect.cpp.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

Type* reflectRtypePtr = nullptr;
Type* reflectType = nullptr;
Type* reflectValue = nullptr;
Type* reflectStructField = nullptr;

void declareReflect() {
  using namespace types;
  Pkg reflect("reflect", "reflect");

  // Kind, in Go's order (reflect/type.go).
  Type* kind = reflect.type("Kind", Uint);
  const char* kinds[] = {"Invalid", "Bool",    "Int",     "Int8",       "Int16",     "Int32",  "Int64",
                         "Uint",    "Uint8",   "Uint16",  "Uint32",     "Uint64",    "Uintptr", "Float32",
                         "Float64", "Complex64", "Complex128", "Array",  "Chan",      "Func",   "Interface",
                         "Map",     "Pointer", "Slice",   "String",     "Struct",    "UnsafePointer"};
  for (int i = 0; i < int(sizeof kinds / sizeof *kinds); i++) reflect.cnst(kinds[i], Constant::makeInt64(i), kind);
  reflect.cnst("Ptr", Constant::makeInt64(22), kind);
  reflect.method(kind, false, "String", sig({}, {String}));

  Type* tag = reflect.type("StructTag", String);
  reflect.method(tag, false, "Get", sig({String}, {String}));
  reflect.method(tag, false, "Lookup", sig({String}, {String, Bool}));

  // Type and StructField refer to each other: both are declared first and
  // completed once the other exists (sizes are computed last).
  auto declareNamed = [&](const char* n) {
    Type* t = newNamed("reflect", n);
    auto* nm = newName(n, ObjKind::Type, Pos{});
    nm->type = t;
    reflect.p->members[n] = nm;
    return t;
  };
  Type* typ = declareNamed("Type");
  Type* sf = declareNamed("StructField");
  Type* intS = sized(newSlice(Int));
  std::vector<Method> ms = {
      meth("Align", sig({}, {Int})),          meth("Comparable", sig({}, {Bool})),
      meth("Elem", sig({}, {typ})),           meth("Field", sig({Int}, {sf})),
      meth("Key", sig({}, {typ})),            meth("Kind", sig({}, {kind})),
      meth("Len", sig({}, {Int})),            meth("Name", sig({}, {String})),
      meth("NumField", sig({}, {Int})),       meth("NumMethod", sig({}, {Int})),
      meth("PkgPath", sig({}, {String})),     meth("Size", sig({}, {Uintptr})),
      meth("String", sig({}, {String})),
  };
  setUnderlying(typ, newInterface(ms, {}));
  calcSize(typ);
  setUnderlying(sf, newStruct({fld(String, "Name"), fld(String, "PkgPath"), fld(typ, "Type"), fld(tag, "Tag"),
                               fld(Uintptr, "Offset"), fld(intS, "Index"), fld(Bool, "Anonymous")}));
  calcSize(sf);
  // Method signatures mentioning StructField were sized before it was complete.
  for (auto& m : ms) {
    m.type->size = -1;
    calcSize(m.type);
  }

  // *rtype: the one implementation of Type.
  Type* rtype = reflect.type("rtype", newStruct({fld(Uintptr, "t")}));
  for (auto& m : ms) reflect.method(rtype, true, m.name, m.type);
  reflect.p->members.erase("rtype");  // unexported
  reflectRtypePtr = sized(newPtr(rtype));
  reflectType = typ;
  reflectStructField = sf;

  // Value: the interface value it was made from (typ, ptr as in an eface).
  Type* value = reflect.type("Value", newStruct({fld(UnsafePointer, "typ"), fld(UnsafePointer, "ptr")}));
  reflectValue = value;
  reflect.method(value, false, "Kind", sig({}, {kind}));
  reflect.method(value, false, "Type", sig({}, {typ}));
  reflect.method(value, false, "Int", sig({}, {Int64}));
  reflect.method(value, false, "Uint", sig({}, {Uint64}));
  reflect.method(value, false, "Float", sig({}, {Float64}));
  reflect.method(value, false, "Bool", sig({}, {Bool}));
  reflect.method(value, false, "String", sig({}, {String}));
  reflect.method(value, false, "Len", sig({}, {Int}));
  reflect.method(value, false, "NumField", sig({}, {Int}));
  reflect.method(value, false, "Field", sig({Int}, {value}));
  reflect.method(value, false, "Index", sig({Int}, {value}));
  reflect.method(value, false, "Elem", sig({}, {value}));
  reflect.method(value, false, "Interface", sig({}, {Any}));
  reflect.method(value, false, "IsNil", sig({}, {Bool}));
  reflect.method(value, false, "IsValid", sig({}, {Bool}));
  reflect.method(value, false, "IsZero", sig({}, {Bool}));
  reflect.method(value, false, "CanInterface", sig({}, {Bool}));

  reflect.func("TypeOf", sig({Any}, {typ}));
  reflect.func("ValueOf", sig({Any}, {value}));
  reflect.func("DeepEqual", sig({Any, Any}, {Bool}));
}

}  // namespace minigo::tc::stdlib
