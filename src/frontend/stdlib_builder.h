// stdlib_builder.h — helpers for declaring std-lib package members outside
// stdlib_decls.cpp (stdlib_strings.cpp, stdlib_math.cpp ...). Members are
// body-less Funcs named as Go names them; codegen binds them to natives.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "frontend/typecheck.h"

namespace minigo::tc::stdlib {

inline Field fld(Type* t, const std::string& name = "") {
  Field f;
  f.name = name;
  f.type = t;
  return f;
}

inline Type* sig(std::vector<Type*> params, std::vector<Type*> results, bool variadic = false) {
  std::vector<Field> ps, rs;
  for (Type* t : params) ps.push_back(fld(t));
  for (Type* t : results) rs.push_back(fld(t));
  Type* t = newFunc(ps, rs, variadic);
  calcSize(t);
  return t;
}

// A method of an interface type being declared.
inline Method meth(const std::string& name, Type* sig) {
  Method m;
  m.name = name;
  m.type = sig;
  return m;
}

inline Type* sized(Type* t) {
  calcSize(t);
  return t;
}

struct Pkg {
  StdPackage* p;
  Pkg(const std::string& path, const std::string& name) : p(stdPackage(path, name)) {}
  Func* native(const std::string& name, Type* t) {
    Func* fn = newFunc();
    fn->name = name;
    fn->type = t;
    return fn;
  }
  void func(const std::string& n, Type* t) {
    auto* nm = newName(n, ObjKind::Func, Pos{});
    nm->cls = PFUNC;
    nm->type = t;
    nm->fn = native(p->name + "." + n, t);
    nm->fn->nname = nm;
    p->members[n] = nm;
  }
  void var(const std::string& n, Type* t) {
    auto* nm = newName(p->name + "." + n, ObjKind::Var, Pos{});
    nm->cls = PEXTERN;
    nm->type = t;
    nm->used = true;
    p->members[n] = nm;
  }
  void cnst(const std::string& n, Constant v, Type* t) {
    auto* nm = newName(n, ObjKind::Const, Pos{});
    nm->val = v;
    nm->type = t;
    p->members[n] = nm;
  }
  Type* type(const std::string& n, Type* underlying) {
    Type* t = newNamed(p->name, n);
    setUnderlying(t, underlying);
    auto* nm = newName(n, ObjKind::Type, Pos{});
    nm->type = t;
    p->members[n] = nm;
    calcSize(t);
    return t;
  }
  void method(Type* recvBase, bool ptr, const std::string& n, Type* t) {
    Method m;
    m.name = n;
    m.type = t;
    m.ptrRecv = ptr;
    m.fn = native(p->name + "." + (ptr ? "(*" + recvBase->sym + ")" : recvBase->sym) + "." + n, t);
    recvBase->methods.push_back(m);
    std::sort(recvBase->methods.begin(), recvBase->methods.end(),
              [](const Method& a, const Method& b) { return a.name < b.name; });
  }
};

// *fmt.pp, the fmt.State a Format method is given (stdlib_decls.cpp).
extern Type* fmtPP;
// package reflect's types the natives build values of (stdlib_reflect.cpp).
extern Type* reflectRtypePtr;
extern Type* reflectType;
extern Type* reflectValue;
extern Type* reflectStructField;
void declareReflect();

void declareStrings();
void declareStrconv();
void declareMath();
void declareSort();
void declareUnicode();
void declareBufio();
void declareSync();     // stdlib_sync.cpp
void declareContext();  // stdlib_context.cpp
void declareRand();       // stdlib_rand.cpp
void declareContainer();  // stdlib_container.cpp
void declareBytes();      // stdlib_bytes.cpp
void declareFmtScan();    // stdlib_fmtscan.cpp


}  // namespace minigo::tc::stdlib
