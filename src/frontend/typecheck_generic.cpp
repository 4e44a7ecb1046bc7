// typecheck_generic.cpp — Go 1.18+ generics by monomorphization.
//
// gc compiles generic code once per GC shape and passes dictionaries;
// minigo instead type-checks a fresh copy of the declaration (clone.cpp) for
// each distinct type-argument list, with the type parameters bound to the
// concrete types in a scope of their own. Every operator in the body then
// sees concrete types, so the back end never meets a type parameter.
// Instances are cached by (declaration, type arguments) and named as Go
// prints them: main.Map[...] for functions, main.Stack[int] for types.
#include <algorithm>
#include <functional>
#include <set>

#include "frontend/clone.h"
#include "frontend/typecheck.h"

namespace minigo::tc {

static Node* unparen(Node* n) {
  while (n && n->op == OPAREN) n = n->left;
  return n;
}

// The generic type named by a method receiver (T[...] or *T[...]), or nullptr.
static Node* recvInst(Node* rt, bool* ptr) {
  rt = unparen(rt);
  *ptr = false;
  if (rt && (rt->op == ODEREF || rt->op == OTPTR)) {
    *ptr = true;
    rt = unparen(rt->left);
  }
  if (rt && (rt->op == OINDEX || rt->op == OTINST) && rt->left && rt->left->op == ONONAME) return rt;
  return nullptr;
}

static std::vector<Node*> instArgNodes(Node* inst) {
  if (inst->op == OINDEX) return {inst->right};
  return inst->list;
}

static std::set<Node*>& recursiveReported();
static Pos selfUse(Node* n, const std::string& name, Pos dflt);

bool Checker::collectGeneric(Node* d) {
  if (d->op == ODCLFUNC && d->left) {
    bool ptr;
    Node* inst = recvInst(d->left->left, &ptr);
    if (!inst) return false;
    genericMethods[inst->left->name].push_back(d);
    return true;
  }
  if (d->list.empty()) {
    // Typecheck rewrites the declaration in place; constraint checks need its terms.
    if (d->op == ODCLTYPE && unparen(d->left) && unparen(d->left)->op == OTINTER)
      ifaceSyntax[d] = cloneNode(unparen(d->left));
    return false;
  }
  Name* n;
  if (d->op == ODCLTYPE) {
    n = newName(d->name, ObjKind::Type, d->pos);
    declare(pkgScope, n, d->pos);
    // G used by value in its own definition: gc reports it even if G is never instantiated.
    Pos self = selfUse(d->left, d->name, Pos{});
    if (self.line && recursiveReported().insert(d).second) error(self, "invalid recursive type " + d->name);
  } else {
    n = newName(d->name, ObjKind::Func, Pos{d->pos.line, d->pos.col + 5});
    n->cls = PFUNC;
    n->fn = d->func;
    d->func->decl = d;
    if (d->name == "main" || d->name == "init")
      error(d->list[0]->pos, "func " + d->name + " must have no type parameters");
    else
      declare(pkgScope, n, n->pos);
  }
  n->defn = d;
  d->name_ = n;
  genericDecls[n] = d;
  return true;
}

// G[T any] / Pair[K comparable, V any], as gc names a generic type in errors.
std::string Checker::genericString(Name* g) {
  std::string s = g->sym + "[";
  Node* decl = genericDecls[g];
  for (size_t i = 0; i < decl->list.size(); i++) {
    Node* tp = decl->list[i];
    s += (i ? ", " : "") + tp->name;
    if (i + 1 == decl->list.size() || decl->list[i + 1]->left != tp->left) s += " " + exprString(tp->left);
  }
  return s + "]";
}

Name* Checker::genericOf(Node* n) {
  n = unparen(n);
  if (!n || n->op != ONONAME) return nullptr;
  Name* nm = lookup(n->name);
  return nm && genericDecls.count(nm) ? nm : nullptr;
}

// Runs f with the package-level checking state (as resolveDecl does), in scope s.
template <class F>
static void atPackageLevel(Checker* c, Scope* s, F f) {
  Scope* savedScope = c->scope;
  Func* savedFn = c->curfn;
  DeclInfo* savedDecl = c->curDecl;
  int savedIota = c->iota;
  auto savedTargets = std::move(c->targets);
  c->targets.clear();
  c->scope = s;
  c->curfn = nullptr;
  c->curDecl = nullptr;
  c->iota = -1;
  f();
  c->scope = savedScope;
  c->curfn = savedFn;
  c->curDecl = savedDecl;
  c->iota = savedIota;
  c->targets = std::move(savedTargets);
}

static std::string termString(Checker* c, Node* term) { return term->tag + c->exprString(term->left); }

// Whether t satisfies constraint c; the error text (gc's wording) if not.
std::string Checker::constraintError(Type* t, Node* c) {
  c = unparen(c);
  if (!c || t == tInvalid) return "";
  std::string ts = typeStringForError(t);
  // gc lists a nested constraint's terms flattened: ~int | ~int64 | ~float32 ...
  std::function<std::string(Name*)> flatTerms = [&](Name* nm) -> std::string {
    if (!nm->defn || !ifaceSyntax.count(nm->defn)) return nm->sym;
    std::string out;
    for (Node* f : ifaceSyntax[nm->defn]->list) {
      if (!f->embedded || f->left) continue;
      for (Node* term : f->list) {
        Node* tl = unparen(term->left);
        std::string n2 = !tl ? "" : tl->op == ONONAME ? tl->name : tl->op == OTYPE && tl->name_ ? tl->name_->sym : "";
        Name* sub = n2.empty() || term->tag == "~" ? nullptr : lookup(n2);
        std::string s2 = sub && sub->kind == ObjKind::Type && sub->defn && ifaceSyntax.count(sub->defn) && sub != nm
                             ? flatTerms(sub) : termString(this, term);
        out += (out.empty() ? "" : " | ") + s2;
      }
    }
    return out.empty() ? nm->sym : out;
  };
  auto ifaceCheck = [&](Node* inter, const std::string& name) -> std::string {
    for (Node* f : inter->list) {
      if (!f->embedded && f->left && f->left->op == OTFUNC) {
        Selection sel = lookupFieldOrMethod(t, f->name);
        if (sel.kind != Selection::Method) return ts + " does not implement " + name + " (missing " + f->name + " method)";
        if (sel.method && sel.method->ptrRecv && t->kind != TPTR && !sel.indirect)
          return ts + " does not implement " + name + " (" + f->name + " method has pointer receiver)";
      } else if (f->embedded && !f->left) {
        bool ok = false;
        std::string terms;
        Type* alt = nullptr;  // types2: t is in ~tt but not tt, so hint at the missing ~
        for (Node* term : f->list) {
          // A constraint interface as a union term (Ordered | Complex): satisfied through its own terms.
          Node* tl = unparen(term->left);
          std::string tname = !tl ? "" : tl->op == ONONAME ? tl->name : tl->op == OTYPE && tl->name_ ? tl->name_->sym : "";
          Name* tn = tname.empty() || term->tag == "~" ? nullptr : lookup(tname);
          if (tn && tn->kind == ObjKind::Type && ((tn->defn && ifaceSyntax.count(tn->defn)) || (tn->type && tn->type->kind == TINTER))) {
            Node ref;
            ref.op = ONONAME;
            ref.name = tname;
            if (constraintError(t, &ref).empty()) ok = true;
            terms += (terms.empty() ? "" : " | ") + flatTerms(tn);
            continue;
          }
          Type* tt = typExpr(term->left);
          if (tt == tInvalid) return "";
          if (term->tag == "~" ? identical(t->underlying, tt->underlying) : identical(t, tt)) ok = true;
          else if (!alt && term->tag != "~" && tt == tt->underlying && identical(t->underlying, tt)) alt = tt;
          terms += (terms.empty() ? "" : " | ") + termString(this, term);
        }
        if (!ok && alt)
          return ts + " does not implement " + name + " (possibly missing ~ for " + typeStringForError(alt) +
                 " in constraint " + name + ")";
        if (!ok) return ts + " does not implement " + name + " (" + ts + " missing in " + terms + ")";
      } else if (f->left) {
        Node* e = unparen(f->left);
        if (e->op == ONONAME) {
          Name* nm = lookup(e->name);
          if (nm && nm->kind == ObjKind::Type && nm->type && nm->type->kind != TINTER && nm->type->kind != TFORW) {
            if (!identical(t, nm->type)) return ts + " does not implement " + name;
            continue;
          }
        }
        std::string why = constraintError(t, e);
        if (!why.empty()) return why;
      }
    }
    return "";
  };
  if (c->op == OTINTER) return ifaceCheck(c, exprString(c));
  if (c->op == OFIELD && !c->left) {  // [T ~int | string]
    Node inter;
    inter.list = {c};
    std::string s;
    for (Node* term : c->list) s += (s.empty() ? "" : " | ") + termString(this, term);
    return ifaceCheck(&inter, s);
  }
  if (c->op == ONONAME) {
    if (c->name == "any") return "";
    Name* nm = lookup(c->name);
    if (!nm || nm->kind != ObjKind::Type) return "";
    if (c->name == "comparable" && nm->pos.line == 0)
      return comparable(t) && t->kind != TINTER ? "" : ts + " does not implement comparable";
    Node* d = nm->defn;
    if (d && ifaceSyntax.count(d)) return ifaceCheck(ifaceSyntax[d], c->name);
    if (nm->type && nm->type->kind == TINTER) {
      std::string why;
      if (!implements(t, nm->type, &why)) return why.empty() ? ts + " does not implement " + c->name : why;
    }
  }
  return "";
}

// Generic types already reported as recursive (once per declaration, as gc).
static std::set<Node*>& recursiveReported() {
  static std::set<Node*> s;
  return s;
}

// Whether u holds self by value (through struct fields and array elements).
static bool containsByValue(Type* u, Type* self) {
  std::vector<Type*> work{u};
  std::set<Type*> seen;
  while (!work.empty()) {
    Type* t = work.back();
    work.pop_back();
    if (!t || !seen.insert(t).second) continue;
    if (t == self) return true;
    if (t->kind == TSTRUCT)
      for (auto& f : t->fields) work.push_back(f.type);
    else if (t->kind == TARRAY)
      work.push_back(t->elem);
  }
  return false;
}

// The position of G[...] used by value inside G's own type expression.
static Pos selfUse(Node* n, const std::string& name, Pos dflt) {
  if (!n) return dflt;
  switch (n->op) {
    case OTPTR: case ODEREF: case OTSLICE: case OTMAP: case OTCHAN: case OTFUNC: case OTINTER: return dflt;
    case OINDEX: case OTINST:
      if (n->left && n->left->op == ONONAME && n->left->name == name) return n->left->pos;
      break;
    default: break;
  }
  for (Node* k : {n->left, n->right}) {
    Pos p = selfUse(k, name, dflt);
    if (p.line != dflt.line || p.col != dflt.col) return p;
  }
  for (Node* k : n->list) {
    Pos p = selfUse(k, name, dflt);
    if (p.line != dflt.line || p.col != dflt.col) return p;
  }
  return dflt;
}

// Generic types declared inside a function, with the scope they were declared in.
static std::map<Node*, Scope*>& localGenerics() {
  static std::map<Node*, Scope*> m;
  return m;
}
void registerLocalGeneric(Node* decl, Scope* s) { localGenerics()[decl] = s; }

// The names bound to type arguments in instance scopes: gc checks a generic body
// once, with type parameters as types of their own, so per-instance checks that
// would see T == int (duplicate/impossible type switch cases) must skip them.
static std::set<Name*>& typeParamNames() {
  static std::set<Name*> s;
  return s;
}

// Whether generic code (checked only per instance here, but once by gc) refers to
// package pkg: an import used only by an uninstantiated generic is still used.
static bool mentionsPackage(Node* n, const std::string& pkg) {
  if (!n) return false;
  if (n->op == OXDOT && n->left && n->left->op == ONONAME && n->left->name == pkg) return true;
  if (mentionsPackage(n->left, pkg) || mentionsPackage(n->right, pkg)) return true;
  for (Node* k : n->list)
    if (mentionsPackage(k, pkg)) return true;
  for (Node* k : n->rlist)
    if (mentionsPackage(k, pkg)) return true;
  for (auto* v : {&n->init, &n->body})
    for (Node* k : *v)
      if (mentionsPackage(k, pkg)) return true;
  if (mentionsPackage(n->cond, pkg)) return true;
  if (n->func && (n->op == OFUNCLIT || n->op == ODCLFUNC))
    for (Node* k : n->func->body)
      if (mentionsPackage(k, pkg)) return true;
  return false;
}
bool usedInGenericCode(Checker* c, const std::string& pkg) {
  for (auto& [nm, d] : c->genericDecls)
    if (mentionsPackage(d, pkg)) return true;
  for (auto& [name, ds] : c->genericMethods)
    for (Node* d : ds)
      if (mentionsPackage(d, pkg)) return true;
  return false;
}

// Instances of generic functions and of generic types' methods (and, through
// Func::outer, the literals inside them).
static std::set<Func*>& instanceFuncs() {
  static std::set<Func*> s;
  return s;
}
bool inGenericFunc(Func* fn) {
  for (; fn; fn = fn->outer)
    if (instanceFuncs().count(fn)) return true;
  return false;
}

// Whether type syntax (before typExpr rewrites it) names a type parameter.
bool mentionsTypeParam(Checker* c, Node* n) {
  if (!n) return false;
  if (n->op == ONONAME) {
    Name* nm = c->lookup(n->name);
    if (nm && typeParamNames().count(nm)) return true;
  }
  if (mentionsTypeParam(c, n->left) || mentionsTypeParam(c, n->right)) return true;
  for (Node* k : n->list)
    if (mentionsTypeParam(c, k)) return true;
  return false;
}

Name* Checker::instantiate(Name* g, const std::vector<Type*>& targs, Pos p) {
  Node* decl = genericDecls[g];
  auto key = std::make_pair(decl, targs);
  auto it = instances.find(key);
  if (it != instances.end()) return it->second;
  auto& tps = decl->list;
  if (targs.size() != tps.size()) {
    // gc 1.19's wording (types2 with compiler error messages).
    if (g->kind == ObjKind::Type)
      error(p, "got " + std::to_string(targs.size()) + " arguments but " + std::to_string(tps.size()) +
                   " type parameters");
    else
      error(p, "got " + std::to_string(targs.size()) + " type arguments but want " + std::to_string(tps.size()));
    return nullptr;
  }
  auto* s = new Scope;
  auto lg = localGenerics().find(decl);
  s->parent = lg != localGenerics().end() ? lg->second : pkgScope;
  for (size_t i = 0; i < tps.size(); i++) {
    auto* tn = newName(tps[i]->name, ObjKind::Type, tps[i]->pos);
    tn->type = targs[i];
    tn->used = true;
    if (tn->sym != "_") s->names[tn->sym] = tn;
    typeParamNames().insert(tn);
  }
  // Type arguments must satisfy their constraints (checked in the instance's scope:
  // a constraint may mention other type parameters).
  bool bad = false;
  atPackageLevel(this, s, [&] {
    for (size_t i = 0; i < tps.size() && !bad; i++) {
      std::string why = constraintError(targs[i], cloneNode(tps[i]->left));
      if (!why.empty()) {
        error(p, why);
        bad = true;
      }
    }
  });
  if (bad) return nullptr;
  std::string args;
  for (Type* t : targs) args += (args.empty() ? "" : ",") + typeString(t);
  if (g->kind == ObjKind::Func) {
    Node* d2 = cloneNode(decl);
    d2->list.clear();
    Func* fn = d2->func;
    fn->name = "main." + decl->name + "[...]";  // as Go prints instances in tracebacks
    instanceFuncs().insert(fn);
    auto* nm = newName(g->sym, ObjKind::Func, g->pos);
    nm->cls = PFUNC;
    nm->fn = fn;
    nm->defn = d2;
    nm->used = true;
    fn->nname = nm;
    d2->name_ = nm;
    instances[key] = nm;
    atPackageLevel(this, s, [&] { funcSig(fn, d2); });
    if (fn->type && fn->type != tInvalid) pendingBodies.push_back({fn, s});
    return nm;
  }
  // A generic type: a new defined type named T[args], its methods instantiated with it.
  Type* t = newNamed("main", g->sym + "[" + args + "]");
  auto* nm = newName(t->sym, ObjKind::Type, g->pos);
  nm->type = t;
  nm->defn = decl;
  instances[key] = nm;
  instanceArgs[t] = {g, targs};
  Node* left = cloneNode(decl->left);
  Type* u = tInvalid;
  atPackageLevel(this, s, [&] { u = typExpr(left); });
  if (u == tInvalid || u->kind == TFORW || u == t) {
    if (u != tInvalid) error(decl->pos, "invalid recursive type " + g->sym);
    setUnderlying(t, types::Int);
  } else if (containsByValue(u, t)) {
    // type List[T any] struct{ next List[T] }: gc reports it once, at the use.
    if (recursiveReported().insert(decl).second)
      error(selfUse(decl->left, g->sym, decl->pos), "invalid recursive type " + g->sym);
    setUnderlying(t, types::Int);
  } else {
    setUnderlying(t, u);
  }
  std::vector<std::pair<Node*, Scope*>> meths;
  for (Node* md : genericMethods[g->sym]) {
    Node* d2 = cloneNode(md);
    Func* fn = d2->func;
    instanceFuncs().insert(fn);
    bool ptr;
    Node* inst = recvInst(d2->left->left, &ptr);
    auto* ms = new Scope;
    ms->parent = pkgScope;
    auto names = instArgNodes(inst);
    if (names.size() != targs.size()) {
      error(inst->pos, "got " + std::to_string(names.size()) + " type parameters, but receiver base type declares " +
                           std::to_string(targs.size()));
      continue;
    }
    for (size_t i = 0; i < names.size(); i++) {
      Node* id = unparen(names[i]);
      if (!id || id->op != ONONAME) continue;
      auto* tn = newName(id->name, ObjKind::Type, id->pos);
      tn->type = targs[i];
      tn->used = true;
      if (tn->sym != "_") ms->names[tn->sym] = tn;
      typeParamNames().insert(tn);
    }
    Node* tnode = newNode(OTYPE, inst->pos);
    tnode->type = t;
    tnode->typechecked = true;
    if (ptr) {
      Node* pn = newNode(ODEREF, inst->pos);
      pn->left = tnode;
      d2->left->left = pn;
    } else {
      d2->left->left = tnode;
    }
    bool dup = false;
    for (auto& m : t->methods) dup |= m.name == d2->name;
    if (t->kind == TSTRUCT)
      for (auto& f : t->fields)
        if (f.name == d2->name) dup = true;
    if (dup) continue;  // reported once, on the generic declaration, by gc; keep going here
    Method m;
    m.name = d2->name;
    m.fn = fn;
    m.ptrRecv = ptr;
    m.pos = d2->pos;
    t->methods.push_back(m);
    meths.push_back({d2, ms});
  }
  for (auto& [d2, ms] : meths) {
    Func* fn = d2->func;
    atPackageLevel(this, ms, [&] { funcSig(fn, d2); });
    for (auto& m : t->methods)
      if (m.fn == fn) {
        m.type = newFunc(fn->type->params, fn->type->results, fn->type->variadic);
        calcSize(m.type);
      }
    pendingBodies.push_back({fn, ms});
  }
  std::sort(t->methods.begin(), t->methods.end(), [](const Method& a, const Method& b) { return a.name < b.name; });
  return nm;
}

// G[T] or G[K, V] in an expression or type: the instance's type or function.
void Checker::genericInst(Node*& n) {
  Name* g = genericOf(n->left);
  std::vector<Type*> targs;
  bool bad = false;
  std::vector<Node*> argNodes = instArgNodes(n);
  for (Node*& a : argNodes) {
    Type* t = typExpr(a);
    if (t == tInvalid) bad = true;
    targs.push_back(t);
  }
  Name* inst = bad ? nullptr : instantiate(g, targs, n->pos);
  if (!inst) {
    n->type = tInvalid;
    return;
  }
  std::string name = g->sym;
  n->left = n->right = nullptr;
  n->list.clear();
  n->name_ = inst;
  n->type = inst->type ? inst->type : tInvalid;
  n->typechecked = true;
  if (inst->kind == ObjKind::Type) {
    n->op = OTYPE;
    n->name.clear();
  } else {
    n->op = ONAME;
    n->name = name;
  }
}

// Function argument type inference (spec "Type inference"): unify parameter
// types with the typed arguments first, then give still-unbound parameters
// used directly as an untyped constant's parameter type its default type.
bool Checker::inferCall(Node* call, Name* g) {
  Node* decl = genericDecls[g];
  std::vector<std::string> tparams;
  for (Node* tp : decl->list) tparams.push_back(tp->name);
  std::map<std::string, Type*> bound;
  // f[A](args): A binds the leading type parameters (partial instantiation).
  if (Node* l = unparen(call->left); l && (l->op == OINDEX || l->op == OTINST)) {
    auto given = instArgNodes(l);
    if (given.size() > tparams.size()) {
      error(l->pos, "got " + std::to_string(given.size()) + " type arguments but " + g->sym + " has " +
                        std::to_string(tparams.size()) + " type parameters");
      return false;
    }
    for (size_t i = 0; i < given.size(); i++) {
      Type* t = typExpr(given[i]);
      if (t == tInvalid) return false;
      bound[tparams[i]] = t;
    }
  }
  std::function<void(Node*, Type*)> unify = [&](Node* p, Type* a) {
    p = unparen(p);
    if (!p || !a || a == tInvalid || a->isUntyped()) return;
    Type* u = a->underlying;
    switch (p->op) {
      case ONONAME:
        if (std::find(tparams.begin(), tparams.end(), p->name) != tparams.end() && !bound.count(p->name))
          bound[p->name] = a;
        break;
      case OTSLICE: if (u->kind == TSLICE) unify(p->left, u->elem); break;
      case OTARRAY: if (u->kind == TARRAY) unify(p->right, u->elem); break;
      case OTMAP:
        if (u->kind == TMAP) {
          unify(p->left, u->key);
          unify(p->right, u->elem);
        }
        break;
      case OTCHAN: if (u->kind == TCHAN) unify(p->left, u->elem); break;
      case OTSTRUCT:  // ~struct{ Value_ T } against a struct type: field by field
        if (u->kind == TSTRUCT && u->fields.size() == p->list.size())
          for (size_t i = 0; i < p->list.size(); i++) unify(p->list[i]->left, u->fields[i].type);
        break;
      case ODEREF: case OTPTR: if (u->kind == TPTR) unify(p->left, u->elem); break;
      case OTFUNC:
        if (u->kind == TFUNC) {
          for (size_t i = 0; i < p->list.size() && i < u->params.size(); i++) unify(p->list[i]->left, u->params[i].type);
          for (size_t i = 0; i < p->rlist.size() && i < u->results.size(); i++) unify(p->rlist[i]->left, u->results[i].type);
        }
        break;
      case OINDEX: case OTINST: {
        auto it = instanceArgs.find(a);
        if (it == instanceArgs.end()) {
          // Func2[A1, A2, R] (a generic func/slice/map type) against an unnamed argument type:
          // unify its definition in its own parameters, then bind ours through p's arguments.
          Name* gi = genericOf(p->left);
          if (!gi || gi->kind != ObjKind::Type || a->isNamed()) break;
          Node* gd = genericDecls[gi];
          auto args = instArgNodes(p);
          if (args.size() != gd->list.size()) break;
          auto savedParams = tparams;
          auto savedBound = bound;
          tparams.clear();
          bound.clear();
          for (Node* tp : gd->list) tparams.push_back(tp->name);
          unify(gd->left, a);
          auto inner = bound;
          tparams = savedParams;
          bound = savedBound;
          for (size_t j = 0; j < args.size(); j++)
            if (inner.count(gd->list[j]->name)) unify(args[j], inner[gd->list[j]->name]);
          break;
        }
        auto args = instArgNodes(p);
        for (size_t i = 0; i < args.size() && i < it->second.second.size(); i++) unify(args[i], it->second.second[i]);
        break;
      }
      default: break;
    }
  };
  auto& params = decl->right->list;
  auto paramFor = [&](size_t i, bool* elem) -> Node* {
    *elem = false;
    if (params.empty()) return nullptr;
    if (i >= params.size() - 1 && params.back()->isDDD) {
      *elem = !call->isDDD;
      return params.back()->left;
    }
    return i < params.size() ? params[i]->left : nullptr;
  };
  for (Node*& a : call->list) expr(a);
  // f(g()) with g returning several values: each result is an argument.
  std::vector<Type*> argTypes;
  for (Node* a : call->list) argTypes.push_back(a->type);
  if (argTypes.size() == 1 && argTypes[0] && argTypes[0]->kind == TTUPLE) {
    Type* tup = argTypes[0];
    argTypes.clear();
    for (auto& f : tup->fields) argTypes.push_back(f.type);
  }
  for (size_t i = 0; i < argTypes.size(); i++) {
    bool elem;
    Node* p = paramFor(i, &elem);
    if (!p) continue;
    Type* at = argTypes[i];
    // A typed argument for a type parameter already inferred differently (types2's infer).
    Node* bp = unparen(p);
    if (bp && bp->op == ONONAME && bound.count(bp->name) && at && at != tInvalid && !at->isUntyped() &&
        !identical(bound[bp->name], at) && i < call->list.size() && call->list.size() == argTypes.size() &&
        (elem || !call->isDDD)) {
      error(call->list[i]->pos, "type " + typeStringForError(at) + " of " + exprString(call->list[i]) +
                                    " does not match inferred type " + typeStringForError(bound[bp->name]) + " for " +
                                    bp->name);
      return false;
    }
    if (elem || !call->isDDD || i + 1 < argTypes.size()) unify(p, at);
    else if (at && at->underlying->kind == TSLICE)  // f(s...): s's elements against ...T
      unify(p, unparen(p)->op == OTSLICE ? at : at->underlying->elem);
  }
  // Constraint type inference: a parameter bound to A whose constraint has a core
  // type (S ~[]E, M ~map[K]V) binds the parameters of that core type from A.
  auto coreInfer = [&] {
    for (size_t i = 0; i < tparams.size(); i++) {
      Node* c = unparen(decl->list[i]->left);
      if (!bound.count(tparams[i]) || !c) continue;
      if (c->op == OTINTER && c->list.size() == 1 && c->list[0]->embedded && !c->list[0]->left) c = c->list[0];
      if (c->op == OFIELD && !c->left && c->list.size() == 1) unify(c->list[0]->left, bound[tparams[i]]);
      // S SliceOf[E] with type SliceOf[E any] interface{ ~[]E }: unify in SliceOf's own
      // parameters, then bind ours through the instance's arguments.
      Name* gi = (c->op == OINDEX || c->op == OTINST) ? genericOf(c->left) : nullptr;
      if (!gi || gi->kind != ObjKind::Type) continue;
      Node* gd = genericDecls[gi];
      Node* core = unparen(gd->left);
      if (core && core->op == OTINTER) {  // its one type term; methods beside it do not matter
        Node* only = nullptr;
        int nterms = 0;
        for (Node* f : core->list)
          if (f->embedded) {
            nterms++;
            if (!f->left) only = f;
          }
        core = nterms == 1 ? only : nullptr;
      }
      if (!core || core->op != OFIELD || core->left || core->list.size() != 1) continue;
      auto args = instArgNodes(c);
      if (args.size() != gd->list.size()) continue;
      auto savedParams = tparams;
      auto savedBound = bound;
      tparams.clear();
      bound.clear();
      for (Node* tp : gd->list) tparams.push_back(tp->name);
      unify(core->list[0]->left, savedBound[savedParams[i]]);
      auto inner = bound;
      tparams = savedParams;
      bound = savedBound;
      for (size_t j = 0; j < args.size(); j++) {
        Node* a = unparen(args[j]);
        if (a && a->op == ONONAME && std::find(tparams.begin(), tparams.end(), a->name) != tparams.end() &&
            !bound.count(a->name) && inner.count(gd->list[j]->name))
          bound[a->name] = inner[gd->list[j]->name];
      }
    }
  };
  coreInfer();
  for (size_t i = 0; i < argTypes.size(); i++) {
    bool elem;
    Node* p = unparen(paramFor(i, &elem));
    Type* at = argTypes[i];
    if (p && p->op == ONONAME && at && at->isUntyped() && at != types::UntypedNil &&
        std::find(tparams.begin(), tparams.end(), p->name) != tparams.end() && !bound.count(p->name))
      bound[p->name] = defaultOf(at);
  }
  coreInfer();
  // The other direction: a still-unbound parameter whose constraint has a core type made of
  // bound parameters is that type (func F[T any, PT interface{ *T; Set(string) }]).
  using Env = std::map<std::string, Type*>;
  std::function<bool(Node*, const Env&, const std::vector<std::string>&)> closed =
      [&](Node* n, const Env& env, const std::vector<std::string>& names) -> bool {
    if (!n) return true;
    if (n->op == ONONAME && std::find(names.begin(), names.end(), n->name) != names.end() && !env.count(n->name))
      return false;
    if (!closed(n->left, env, names) || !closed(n->right, env, names)) return false;
    for (Node* k : n->list)
      if (!closed(k, env, names)) return false;
    for (Node* k : n->rlist)
      if (!closed(k, env, names)) return false;
    return true;
  };
  auto evalIn = [&](Node* n, const Env& env) {
    auto* sc = new Scope;
    sc->parent = pkgScope;
    for (auto& [name, t] : env) {
      auto* tn = newName(name, ObjKind::Type, n->pos);
      tn->type = t;
      tn->used = true;
      sc->names[name] = tn;
    }
    Type* t = tInvalid;
    Node* c = cloneNode(n);
    atPackageLevel(this, sc, [&] { t = typExpr(c); });
    return t == tInvalid ? nullptr : t;
  };
  std::function<Type*(Node*, const Env&, const std::vector<std::string>&, int)> coreOf =
      [&](Node* c, const Env& env, const std::vector<std::string>& names, int depth) -> Type* {
    c = unparen(c);
    if (!c || depth > 8) return nullptr;
    Node* term = nullptr;
    Node single;  // an embedded type literal (*T, []E) is a one-term type set
    if (c->op == OTINTER) {
      for (Node* f : c->list) {
        if (!f->embedded) continue;
        Node* e = f->left ? unparen(f->left) : nullptr;
        if (e && (e->op == ONONAME || e->op == OXDOT || e->op == OINDEX || e->op == OTINST)) continue;
        if (term || (!e && f->list.size() != 1)) return nullptr;
        if (e) {
          single.left = e;
          term = &single;
        } else {
          term = f->list[0];
        }
      }
    } else if (c->op == OFIELD && !c->left && c->list.size() == 1) {
      term = c->list[0];
    } else if (c->op == OINDEX || c->op == OTINST) {
      Name* g = genericOf(c->left);
      if (!g || g->kind != ObjKind::Type) return nullptr;
      Node* gd = genericDecls[g];
      auto args = instArgNodes(c);
      if (args.size() != gd->list.size()) return nullptr;
      Env env2;
      std::vector<std::string> names2;
      for (size_t i = 0; i < args.size(); i++) {
        if (!closed(args[i], env, names)) return nullptr;
        Type* t = evalIn(args[i], env);
        if (!t) return nullptr;
        env2[gd->list[i]->name] = t;
        names2.push_back(gd->list[i]->name);
      }
      return coreOf(gd->left, env2, names2, depth + 1);
    }
    if (!term || !term->left || !closed(term->left, env, names)) return nullptr;
    return evalIn(term->left, env);
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < tparams.size(); i++) {
      if (bound.count(tparams[i])) continue;
      Env env(bound.begin(), bound.end());
      if (Type* t = coreOf(decl->list[i]->left, env, tparams, 0)) {
        bound[tparams[i]] = t;
        changed = true;
      }
    }
  }
  std::vector<Type*> targs;
  for (auto& tp : tparams) {
    if (!bound.count(tp)) {
      error(call->pos, "cannot infer " + tp + " (" + diags.filename() + ":" + std::to_string(decl->list[0]->pos.line) +
                           ":" + std::to_string(decl->list[0]->pos.col) + ")");
      return false;
    }
    targs.push_back(bound[tp]);
  }
  // gc reports an unsatisfied constraint of inferred type arguments at the '('.
  int lparen = endCol(call->left);
  Name* inst = instantiate(g, targs, lparen < 0 ? call->pos : Pos{call->left->pos.line, lparen});
  if (!inst) return false;
  Node* f = newNode(ONAME, call->left->pos);
  f->name = g->sym;
  f->name_ = inst;
  f->type = inst->type ? inst->type : tInvalid;
  f->typechecked = true;
  call->left = f;
  return true;
}

void Checker::checkInstanceBodies() {
  // Instances made while checking these bodies are appended and checked too.
  for (size_t i = 0; i < pendingBodies.size(); i++) {
    PendingBody pb = pendingBodies[i];
    pkg->funcs.push_back(pb.fn);
    atPackageLevel(this, pb.scope, [&] {
      DeclInfo tmp;
      curDecl = &tmp;
      funcBody(pb.fn);
    });
  }
}

}  // namespace minigo::tc
