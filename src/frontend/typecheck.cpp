// typecheck.cpp — the package-level driver of type checking: collects the
// declarations into the package scope, resolves them on demand (types2's
// objDecl), checks function bodies, computes the package initialisation
// order, and formats operands for error messages as types2 does.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "frontend/stages.h"
#include "frontend/typecheck.h"

namespace minigo {
namespace tc {

bool usedInGenericCode(Checker* c, const std::string& pkg);  // typecheck_generic.cpp

Checker::Checker(Package* p, Diagnostics& d) : pkg(p), diags(d) {
  pkgScope = new Scope;
  pkgScope->parent = universe();
  scope = pkgScope;
  blank = newName("_", ObjKind::Var, Pos{});
  blank->type = tInvalid;
}

void Checker::error(Pos p, const std::string& msg) { diags.error(p, msg); }

void Checker::pushScope() {
  auto* s = new Scope;
  s->parent = scope;
  s->fn = curfn;
  scope = s;
}

void Checker::popScope() { scope = scope->parent; }

void Checker::declare(Scope* s, Name* n, Pos p) {
  if (n->sym == "_") return;
  auto it = s->names.find(n->sym);
  if (it != s->names.end()) {
    Pos o = it->second->pos;
    std::string msg = n->sym + " redeclared in this block";
    if (o.line > 0)
      msg += "\n\t" + diags.filename() + ":" + std::to_string(o.line) + ":" + std::to_string(o.col) + ": other declaration of " + n->sym;
    error(p, msg);
    return;
  }
  s->names[n->sym] = n;
}

Name* Checker::lookup(const std::string& name, Scope** where) {
  for (Scope* s = scope; s; s = s->parent) {
    auto it = s->names.find(name);
    if (it != s->names.end()) {
      if (where) *where = s;
      return it->second;
    }
  }
  return nullptr;
}

// Records that the declaration being checked refers to package-level n
// (the edges of the initialisation-order graph).
void Checker::recordDep(Name* n) {
  if (!curDecl) return;
  if (std::find(curDecl->deps.begin(), curDecl->deps.end(), n) == curDecl->deps.end())
    curDecl->deps.push_back(n);
}

// --- collecting the package scope

void Checker::collect() {
  for (Node* imp : pkg->importDecls) {
    const StdPackage* sp = lookupStdPackage(imp->name);
    std::string local = imp->left ? imp->left->name : (sp ? sp->name : imp->name.substr(imp->name.rfind('/') + 1));
    if (!sp) {
      error(imp->pos, "package " + imp->name + " is not in GOROOT (/usr/lib/go-1.19/src/" + imp->name + ")");
      continue;
    }
    if (local == "_" || local == ".") continue;
    auto* n = newName(local, ObjKind::Pkg, imp->pos);
    n->defn = imp;
    importOf[n] = imp;
    pkgNames.push_back(n);
    // An import's name lives in the file block; a clash with a package-level
    // name is reported at the later declaration.
    declare(pkgScope, n, imp->left ? imp->left->pos : imp->pos);
  }
  for (Node* d : pkg->decls) {
    switch (d->op) {
      case ODCLCONST:
      case OVARDEF:
        for (size_t i = 0; i < d->list.size(); i++) {
          Node* id = d->list[i];
          auto* n = newName(id->name, d->op == ODCLCONST ? ObjKind::Const : ObjKind::Var, id->pos);
          n->defn = d;
          if (d->op == OVARDEF) n->cls = PEXTERN;
          auto* di = new DeclInfo;
          di->decl = d;
          di->index = i;
          declInfo[n] = di;
          id->name_ = n;
          if (n->sym == "_") continue;
          declare(pkgScope, n, id->pos);
        }
        break;
      case ODCLTYPE: {
        if (collectGeneric(d)) break;
        auto* n = newName(d->name, ObjKind::Type, d->pos);
        n->defn = d;
        if (!d->alias) n->type = newNamed("main", d->name);
        auto* di = new DeclInfo;
        di->decl = d;
        declInfo[n] = di;
        d->name_ = n;
        declare(pkgScope, n, d->pos);
        break;
      }
      case ODCLFUNC: {
        Func* fn = d->func;
        fn->decl = d;
        if (collectGeneric(d)) break;
        if (d->left) {  // method: attached to its receiver's base type later
          // A Name outside any scope whose DeclInfo collects the body's deps: var x = T(0).M() depends on them.
          auto* mn = newName(d->name, ObjKind::Func, d->pos);
          mn->cls = PFUNC;
          mn->fn = fn;
          mn->defn = d;
          fn->nname = mn;
          auto* mdi = new DeclInfo;
          mdi->decl = d;
          declInfo[mn] = mdi;
          methodDecls.push_back(d);
          break;
        }
        auto* n = newName(d->name, ObjKind::Func, Pos{d->pos.line, d->pos.col + 5});
        n->cls = PFUNC;
        n->fn = fn;
        n->defn = d;
        fn->nname = n;
        if (fn->name.empty()) fn->name = "main." + d->name;
        auto* di = new DeclInfo;
        di->decl = d;
        declInfo[n] = di;
        d->name_ = n;
        if (d->name == "init") {
          if (!d->right->list.empty() || !d->right->rlist.empty())
            error(Pos{d->pos.line, d->pos.col + 5}, "func init must have no arguments and no return values");
          fn->name = "main.init." + std::to_string(pkg->inits.size());  // gc names init funcs main.init.0, .1 ...
          pkg->inits.push_back(fn);
          continue;  // init cannot be referred to
        }
        if (d->name == "main") {
          pkg->mainFunc = fn;
          if (!d->right->list.empty() || !d->right->rlist.empty())
            error(Pos{d->pos.line, d->pos.col + 5}, "func main must have no arguments and no return values");
        }
        if (d->name == "_") continue;
        declare(pkgScope, n, Pos{d->pos.line, d->pos.col + 5});  // gc: at the name, after the keyword
        break;
      }
      default:
        break;
    }
  }
}

// Resolves a package-level object on first use (types2's objDecl), so
// declarations may appear in any order.
void Checker::resolveDecl(Name* n) {
  auto it = declInfo.find(n);
  if (it == declInfo.end()) return;
  DeclInfo* d = it->second;
  if (d->state == 2) return;
  if (d->state == 1) {
    if (n->kind == ObjKind::Type) return;  // recursive type through pointers etc.
    if (n->kind == ObjKind::Func) return;
    if (n->type == nullptr) {
      error(n->pos, "invalid recursive type or initialization cycle: " + n->sym + " refers to itself");
      n->type = tInvalid;
    }
    return;
  }
  d->state = 1;
  // Package-level declarations are checked in the package scope, outside any function.
  Scope* savedScope = scope;
  Func* savedFn = curfn;
  DeclInfo* savedDecl = curDecl;
  int savedIota = iota;
  auto savedTargets = std::move(targets);
  targets.clear();
  scope = pkgScope;
  curfn = nullptr;
  curDecl = d;
  switch (n->kind) {
    case ObjKind::Const: constDecl(n, d); break;
    case ObjKind::Var: varDecl(n, d); break;
    case ObjKind::Type: typeDecl(n, d); break;
    case ObjKind::Func: funcSig(n->fn, d->decl); break;
    default: break;
  }
  scope = savedScope;
  curfn = savedFn;
  curDecl = savedDecl;
  iota = savedIota;
  targets = std::move(savedTargets);
  d->state = 2;
}

void Checker::constDecl(Name* n, DeclInfo* d) {
  Node* decl = d->decl;
  iota = decl->offset;
  Type* t = nullptr;
  if (decl->left) {
    t = typExpr(decl->left);
    if (t != tInvalid && !(t->underlying->kind >= TBOOL && t->underlying->kind <= TSTRING)) {
      error(decl->left->pos, "invalid constant type " + typeStringForError(t));
      t = tInvalid;
    }
  }
  if ((size_t)d->index >= decl->rlist.size()) {
    if (decl->rlist.empty()) error(n->pos, "missing init expr for const declaration");
    else error(n->pos, "missing init expr for const declaration");
    n->type = tInvalid;
    n->val = Constant();
    return;
  }
  Node*& e = decl->rlist[d->index];
  if (!e->typechecked || !t) {
    // Each const name checks its own copy of the expression (the builder makes copies per spec).
  }
  value(e);
  if (e->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  if (e->op != OLITERAL) {
    error(e->pos, exprString(e) + " (" + (modeOf(e) == Mode::Variable ? "variable" : "value") + " of type " +
                      typeStringForError(e->type) + ") is not constant");
    n->type = tInvalid;
    return;
  }
  if (t && t != tInvalid) {
    if (assign(e, t, "constant declaration") && e->op == OLITERAL) {
      n->type = e->type;
      n->val = e->val;
    } else {
      n->type = tInvalid;
    }
    return;
  }
  n->type = e->type;
  n->val = e->val;
  if (decl->rlist.size() > decl->list.size() && d->index == 0)
    error(decl->rlist[decl->list.size()]->pos, "extra init expr " + exprString(decl->rlist[decl->list.size()]));
}

void Checker::typeDecl(Name* n, DeclInfo* d) {
  Node* decl = d->decl;
  if (decl->alias) {
    n->type = tInvalid;
    n->type = typExpr(decl->left);
    return;
  }
  Type* u = typExpr(decl->left);
  if (u == tInvalid) {
    setUnderlying(n->type, types::Int);  // keep going with something harmless
    n->type->kind = TINT;
    return;
  }
  if (u->kind == TFORW || u == n->type) {
    error(n->pos, "invalid recursive type " + n->sym);
    setUnderlying(n->type, types::Int);
    return;
  }
  setUnderlying(n->type, u);
}

// The package-level `var` spec containing n is checked once for all its names.
void Checker::varDecl(Name* n, DeclInfo* d) {
  Node* decl = d->decl;
  // All names of the spec share the DeclInfo of the first.
  std::vector<Name*> names;
  for (Node* id : decl->list) names.push_back(id->name_);
  for (Name* m : names)
    if (m != n && declInfo.count(m)) declInfo[m]->state = 1;
  Type* t = nullptr;
  if (decl->left) t = typExpr(decl->left);
  std::vector<Node*> lhs;
  for (Node* id : decl->list) {
    Node* l = newNode(ONAME, id->pos);
    l->name = id->name;
    l->name_ = id->name_->sym == "_" ? blank : id->name_;
    lhs.push_back(l);
  }
  auto setType = [&](Name* m, Type* ty) {
    if (m->type == nullptr || m->type == tInvalid) m->type = ty;
  };
  Node* init = nullptr;
  if (decl->rlist.empty()) {
    for (Name* m : names) setType(m, t ? t : tInvalid);
  } else if (decl->rlist.size() == decl->list.size()) {
    std::vector<Node*> stmts;
    for (size_t i = 0; i < names.size(); i++) {
      Node*& e = decl->rlist[i];
      if (t) {
        value(e, t);
        assign(e, t, "variable declaration");
        setType(names[i], t);
      } else {
        value(e);
        if (e->type == types::UntypedNil) {
          error(e->pos, "use of untyped nil in variable declaration");
          e->type = tInvalid;
        }
        defaultType(e);
        setType(names[i], e->type);
      }
      lhs[i]->type = names[i]->type;
      if (names[i]->sym == "_") lhs[i]->type = e->type;
      Node* as = newNode(OAS, decl->pos);
      as->left = lhs[i];
      as->right = e;
      as->typechecked = true;
      stmts.push_back(as);
    }
    if (stmts.size() == 1) init = stmts[0];
    else {
      init = newNode(OBLOCK, decl->pos);
      init->list = stmts;
    }
  } else if (decl->rlist.size() == 1 && decl->list.size() >= 2) {
    Node*& e = decl->rlist[0];
    expr(e);
    init = newNode(OAS2, decl->pos);
    init->list = lhs;
    init->rlist = {e};
    std::vector<Type*> rts;
    if (e->type && e->type->kind == TTUPLE && e->type->fields.size() == lhs.size()) {
      init->op = OAS2FUNC;
      for (auto& f : e->type->fields) rts.push_back(f.type);
    } else if (lhs.size() == 2 && (e->op == OINDEXMAP || e->op == ODOTTYPE || e->op == ORECV)) {
      init->op = e->op == OINDEXMAP ? OAS2MAPR : e->op == ODOTTYPE ? OAS2DOTTYPE : OAS2RECV;
      if (e->op == ODOTTYPE) e->op = ODOTTYPE2;
      rts = {e->type, types::UntypedBool};
    } else if (e->type != tInvalid) {
      int nres = e->type && e->type->kind == TTUPLE ? e->type->fields.size() : 1;
      if (e->op == OCALLFUNC || e->op == OCALLMETH || e->op == OCALLINTER)
        error(lhs[0]->pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variables but " +
                              exprString(e->left) + "() returns " + std::to_string(nres) + " value" + (nres == 1 ? "" : "s"));
      else
        error(lhs[0]->pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variables but " +
                              std::to_string(nres) + " value" + (nres == 1 ? "" : "s"));
    }
    for (size_t i = 0; i < names.size(); i++) {
      Type* rt = i < rts.size() ? rts[i] : tInvalid;
      if (rt == types::UntypedBool) rt = t ? t : types::Bool;
      if (t && rt != tInvalid && i < rts.size()) {
        std::string why;
        if (!assignableTo(rt, nullptr, t, &why))
          error(e->pos, "cannot use " + exprString(e) + " value of type " + typeStringForError(rt) + " as type " +
                            typeStringForError(t) + " in assignment");
      }
      setType(names[i], t ? t : rt);
      lhs[i]->type = names[i]->type;
    }
  } else {
    size_t nl = decl->list.size(), nr = decl->rlist.size();
    if (nr > nl) error(decl->rlist[nl]->pos, "extra init expr " + exprString(decl->rlist[nl]));
    else error(decl->list[nr]->pos, "assignment mismatch: " + std::to_string(nl) + " variables but " + std::to_string(nr) + " value" + (nr == 1 ? "" : "s"));
    for (Name* m : names) setType(m, t ? t : tInvalid);
  }
  for (Name* m : names) {
    calcSize(m->type);
    if (declInfo.count(m)) declInfo[m]->state = 2;
  }
  d->initStmt = init;
  // Every name of the spec depends on the same initialiser.
  for (Name* m : names)
    if (m != n && declInfo.count(m)) {
      declInfo[m]->deps = d->deps;
      declInfo[m]->initStmt = nullptr;
    }
}

// --- functions

void Checker::funcSig(Func* fn, Node* decl) {
  if (fn->type) return;
  Type* recv = nullptr;
  if (decl->left && decl->left->left) {
    Node*& rt = decl->left->left;
    recv = typExpr(rt);
  }
  fn->type = funcType(decl->right, fn, recv);
  if (fn->nname) fn->nname->type = fn->type;
  if (decl->left && recv) {
    Node* rf = decl->left;
    auto* r = newName(rf->name.empty() ? "_" : rf->name, ObjKind::Var, rf->pos);
    r->cls = PPARAM;
    r->type = recv;
    r->curfn = fn;
    r->used = true;
    r->defn = rf;
    fn->recv = r;
    rf->name_ = r;
  }
}

void Checker::attachMethods() {
  for (Node* d : methodDecls) {
    Func* fn = d->func;
    Node* rf = d->left;
    Node* rt = rf->left;
    // The receiver base type: T or *T (possibly parenthesised).
    Node* base = rt;
    bool ptr = false;
    while (base && base->op == OPAREN) base = base->left;
    if (base && (base->op == ODEREF || base->op == OTPTR)) {
      ptr = true;
      base = base->left;
      while (base && base->op == OPAREN) base = base->left;
    }
    if (!base || base->op != ONONAME) {
      error(rt ? rt->pos : d->pos, "invalid receiver type");
      continue;
    }
    Name* tn = lookup(base->name);
    if (!tn) {
      error(base->pos, "undefined: " + base->name);
      continue;
    }
    if (tn->kind != ObjKind::Type || !declInfo.count(tn)) {
      if (tn->kind == ObjKind::Type)
        error(rf->pos, "cannot define new methods on non-local type " + typeStringForError(tn->type));
      else
        error(base->pos, base->name + " is not a type");
      continue;
    }
    resolveDecl(tn);
    Type* t = tn->type;
    if (t->kind == TPTR || t->kind == TINTER) {
      error(base->pos, "invalid receiver type " + base->name + (t->kind == TPTR ? " (pointer or interface type)" : " (pointer or interface type)"));
      continue;
    }
    fn->name = std::string("main.") + (ptr ? "(*" + t->sym + ")" : t->sym) + "." + d->name;
    // gc reports at the method name: "func (r T) M" / "func (r *T) M", gofmt-spaced.
    Pos namePos{d->pos.line, base->pos.col + (int)base->name.size() + 2};
    if (namePos.line != base->pos.line) namePos = d->pos;
    auto at = [&](Pos p) {
      return "\n\t" + diags.filename() + ":" + std::to_string(p.line) + ":" + std::to_string(p.col) + ": ";
    };
    // Blank methods are never in the method set (so never duplicates) but are still checked.
    if (d->name == "_") continue;
    bool dup = false;
    for (auto& m : t->methods)
      if (m.name == d->name) {
        error(namePos, t->sym + "." + d->name + " redeclared in this block" + at(m.pos) + "other declaration of " +
                           d->name);
        dup = true;
      }
    if (t->kind == TSTRUCT) {
      Node* st = declInfo[tn]->decl && declInfo[tn]->decl->op == ODCLTYPE ? declInfo[tn]->decl->left : nullptr;
      for (auto& f : t->fields)
        if (f.name == d->name) {
          std::string msg = "field and method with the same name " + d->name;
          if (st)  // the struct type expression (typExpr may have turned it into OTYPE)
            for (Node* fd : st->list)
              if (fd->op == OFIELD && fd->name == d->name) {
                msg += at(fd->pos) + "other declaration of " + d->name;
                break;
              }
          error(namePos, msg);
          dup = true;
        }
    }
    if (dup) continue;
    Method m;
    m.name = d->name;
    m.fn = fn;
    m.ptrRecv = ptr;
    m.pos = namePos;
    t->methods.push_back(m);
  }
  // Signatures after all methods are attached: they may mention each other's types.
  for (Node* d : methodDecls) {
    Func* fn = d->func;
    Scope* saved = scope;
    scope = pkgScope;
    funcSig(fn, d);
    scope = saved;
    if (!fn->recv) continue;
    Type* rt = fn->recv->type;
    Type* base = rt->kind == TPTR && !rt->isNamed() ? rt->elem : rt;
    for (auto& m : base->methods)
      if (m.fn == fn) {
        // Method::type is the signature without the receiver.
        m.type = newFunc(fn->type->params, fn->type->results, fn->type->variadic);
        calcSize(m.type);
      }
  }
}

void Checker::funcBody(Func* fn) {
  Func* saved = curfn;
  curfn = fn;
  Scope* savedScope = scope;
  auto savedLabels = std::move(labels);
  labels.clear();
  auto savedTargets = std::move(targets);
  targets.clear();
  pushScope();
  Scope* paramScope = scope;
  if (fn->recv) declare(paramScope, fn->recv, fn->recv->pos);
  for (Name* p : fn->params) declare(paramScope, p, p->pos);
  for (Name* r : fn->results)
    if (r->sym.empty() || r->sym[0] != '~') declare(paramScope, r, r->pos);
  // A declaration without a body would need an assembly or linkname implementation.
  if (fn->decl && fn->decl->op == ODCLFUNC && fn->decl->implicit)
    error(fn->nname ? fn->nname->pos : fn->decl->pos, "missing function body");
  collectLabels(fn->body);
  checkGotos(fn->body);
  // The body shares the parameters' block (spec: each function has one block).
  stmtList(fn->body);
  if (!fn->type->results.empty() && !fn->decl->implicit && !isTerminatingList(fn->body))
    error(fn->endPos, "missing return");
  for (auto& [name, li] : labels)
    if (!li.used) error(li.stmt->pos, "label " + name + " defined and not used");
  scope = savedScope;
  labels = std::move(savedLabels);
  targets = std::move(savedTargets);
  curfn = saved;
  if (!fn->outer) checkUnused(fn);
}

// "x declared but not used", for fn and (through cvars) the literals inside it.
void Checker::checkUnused(Func* fn) {
  for (Func* f : pkg->funcs) {
    Func* top = f;
    while (top->outer) top = top->outer;
    if (top != fn) continue;
    for (Name* n : f->dcl)
      if (!n->used && n->sym != "_" && n->cls != PPARAM && n->cls != PPARAMOUT)
        error(n->pos, n->sym + " declared but not used");
  }
}

// A local of an enclosing function used inside a func literal: each literal
// between the two gets a closure variable linked to the outer one.
Name* Checker::captureVar(Name* n) {
  if (!curfn || !n->curfn || n->curfn == curfn || n->cls == PEXTERN) return n;
  std::vector<Func*> chain;
  for (Func* f = curfn; f && f != n->curfn; f = f->outer) chain.push_back(f);
  Name* outer = n;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    Func* f = *it;
    Name* found = nullptr;
    for (Name* cv : f->cvars)
      if (cv->outer == outer) found = cv;
    if (!found) {
      found = newName(n->sym, ObjKind::Var, n->pos);
      found->cls = PAUTOHEAP;
      found->type = n->type;
      found->curfn = f;
      found->outer = outer;
      found->used = true;
      found->defn = n->defn;
      f->cvars.push_back(found);
      outer->captured = true;
    }
    outer = found;
  }
  n->captured = true;
  return outer;
}

// --- package initialisation order (spec "Package initialization")

void Checker::computeInitOrder() {
  // Transitive variable dependencies through functions.
  std::vector<Name*> vars;
  for (Node* d : pkg->decls)
    if (d->op == OVARDEF)
      for (Node* id : d->list) vars.push_back(id->name_);
  std::unordered_map<Name*, std::set<Name*>> varDeps;
  for (Name* v : vars) {
    std::set<Name*> seen;
    std::set<Name*> out;
    std::vector<Name*> work = declInfo[v]->deps;
    while (!work.empty()) {
      Name* m = work.back();
      work.pop_back();
      if (!seen.insert(m).second) continue;
      if (m->kind == ObjKind::Var) {
        out.insert(m);
        continue;
      }
      auto it = declInfo.find(m);
      if (it != declInfo.end())
        for (Name* x : it->second->deps) work.push_back(x);
    }
    out.erase(v);
    varDeps[v] = out;
  }
  std::set<Name*> done;
  std::set<Node*> emitted;
  size_t remaining = vars.size();
  while (remaining > 0) {
    bool progress = false;
    for (Name* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (Name* dep : varDeps[v])
        if (!done.count(dep) && std::find(vars.begin(), vars.end(), dep) != vars.end()) {
          ready = false;
          break;
        }
      if (!ready) continue;
      // All names of one spec are initialised together.
      DeclInfo* di = declInfo[v];
      Node* decl = di->decl;
      for (Node* id : decl->list) {
        if (!done.count(id->name_)) {
          done.insert(id->name_);
          remaining--;
        }
      }
      // The spec's statement sits with whichever name was checked first (var c = b; var a, b = f()).
      Node* init = nullptr;
      for (Node* id : decl->list)
        if (!init && declInfo.count(id->name_)) init = declInfo[id->name_]->initStmt;
      if (init && emitted.insert(init).second) {
        if (init->op == OBLOCK)
          for (Node* s : init->list) pkg->initOrder.push_back(s);
        else
          pkg->initOrder.push_back(init);
      }
      progress = true;
      break;  // restart: earliest ready variable in declaration order
    }
    if (!progress) {
      for (Name* v : vars)
        if (!done.count(v)) {
          error(v->pos, "initialization cycle or initialization loop");
          break;
        }
      return;
    }
  }
}

// --- the driver

bool Checker::run() {
  collect();
  // Types first (on demand, any order), then methods, then the rest.
  for (Node* d : pkg->decls)
    if (d->op == ODCLTYPE && d->name_) resolveDecl(d->name_);
  // A type may not contain itself by value (struct field or array element).
  // gc (types2's cycleError) lists the cycle from the declaration first in the
  // source; the cycle is then broken by invalidating the offending field, so
  // uses of the type draw no follow-on errors and later types in the same
  // cycle are not reported again.
  std::map<Type*, Node*> typeDecl;
  for (Node* d : pkg->decls)
    if (d->op == ODCLTYPE && d->name_ && d->name_->type && !d->alias) typeDecl[d->name_->type] = d;
  for (Node* d : pkg->decls)
    if (d->op == ODCLTYPE && d->name_ && !d->alias) {
      Type* self = d->name_->type;
      if (!self || self == tInvalid || !d->list.empty()) continue;  // generic types: checked per instance
      std::vector<Type*> path;
      std::set<Type*> seen;
      int firstEdge = -1;
      std::function<bool(Type*)> reaches = [&](Type* t) {
        std::vector<Type*> elems;
        if (t->kind == TSTRUCT)
          for (auto& f : t->fields) elems.push_back(f.type);
        else if (t->kind == TARRAY)
          elems.push_back(t->elem);
        for (size_t i = 0; i < elems.size(); i++) {
          Type* e = elems[i];
          if (t == self) firstEdge = (int)i;
          if (e == self) return true;
          if (!e || !seen.insert(e).second) continue;
          bool named = typeDecl.count(e) > 0;
          if (named) path.push_back(e);
          if (reaches(e)) return true;
          if (named) path.pop_back();
        }
        return false;
      };
      if (!reaches(self)) continue;
      auto at = [&](Type* t) {
        Node* td = typeDecl[t];
        return "\n\t" + diags.filename() + ":" + std::to_string(td->pos.line) + ":" + std::to_string(td->pos.col) + ": ";
      };
      std::string msg = "invalid recursive type " + d->name;
      path.insert(path.begin(), self);
      for (Type* t : path) msg += at(t) + t->sym + " refers to";
      msg += at(self) + self->sym;
      error(d->pos, msg);
      if (self->kind == TSTRUCT) {
        std::vector<Field> fields = self->fields;
        fields[firstEdge].type = tInvalid;
        setUnderlying(self, newStruct(fields));
      } else {
        setUnderlying(self, types::Int);
      }
    }
  attachMethods();
  for (Node* d : pkg->decls)
    if (d->op == ODCLTYPE && d->name_) {
      Type* t = d->name_->type;
      if (t && !d->alias)
        std::sort(t->methods.begin(), t->methods.end(),
                  [](const Method& a, const Method& b) { return a.name < b.name; });
    }
  std::vector<Func*> decls;
  for (Node* d : pkg->decls) {
    if (d->op == ODCLFUNC) {
      if (d->name_) resolveDecl(d->name_);
      else if (!d->left) {
        Scope* saved = scope;
        scope = pkgScope;
        funcSig(d->func, d);
        scope = saved;
      }
      decls.push_back(d->func);
    } else if (d->op == ODCLCONST || d->op == OVARDEF) {
      for (Node* id : d->list)
        if (id->name_) resolveDecl(id->name_);
    }
  }
  for (Func* fn : decls) {
    if (!fn->type) continue;
    pkg->funcs.push_back(fn);
    DeclInfo* di = fn->nname && declInfo.count(fn->nname) ? declInfo[fn->nname] : nullptr;
    DeclInfo tmp;
    curDecl = di ? di : &tmp;
    funcBody(fn);
    curDecl = nullptr;
  }
  checkInstanceBodies();
  if (!pkg->mainFunc) error(Pos{0, 0}, "function main is undeclared in the main package");
  for (Name* p : pkgNames)
    if (!p->used && !usedInGenericCode(this, p->sym)) {
      Node* imp = importOf[p];
      std::string msg = "imported and not used: \"" + imp->name + "\"";
      if (imp->left && imp->left->name != p->sym) msg += " as " + p->sym;
      else if (imp->left && lookupStdPackage(imp->name) && lookupStdPackage(imp->name)->name != p->sym)
        msg += " as " + p->sym;
      error(imp->pos, msg);
    }
  for (Node* d : pkg->decls)
    if (d->op == OVARDEF)
      for (Node* id : d->list)
        if (id->name_ && id->name_->sym != "_") pkg->globals.push_back(id->name_);
  if (!diags.hasErrors()) computeInitOrder();
  // Every type the program uses gets its layout.
  for (Name* g : pkg->globals) calcSize(g->type);
  return !diags.hasErrors();
}

// --- operand descriptions (types2's operand.String and ExprString)

static const char* opString(Op op) {
  switch (op) {
    case OADD: case OADDSTR: return "+";
    case OSUB: return "-";
    case OMUL: return "*";
    case ODIV: return "/";
    case OMOD: return "%";
    case OLSH: return "<<";
    case ORSH: return ">>";
    case OAND: return "&";
    case OOR: return "|";
    case OXOR: return "^";
    case OANDNOT: return "&^";
    case OEQ: return "==";
    case ONE: return "!=";
    case OLT: return "<";
    case OLE: return "<=";
    case OGT: return ">";
    case OGE: return ">=";
    case OANDAND: return "&&";
    case OOROR: return "||";
    case ONOT: return "!";
    case ONEG: return "-";
    case OPLUS: return "+";
    case OBITNOT: return "^";
    case OADDR: return "&";
    case ODEREF: return "*";
    case ORECV: return "<-";
    default: return "?";
  }
}

std::string Checker::exprString(Node* n) {
  if (!n) return "";
  auto list = [&](const std::vector<Node*>& l) {
    std::string s;
    for (size_t i = 0; i < l.size(); i++) {
      if (i) s += ", ";
      s += exprString(l[i]);
    }
    return s;
  };
  switch (n->op) {
    case ONAME: case ONONAME: case OPACK:
      return n->name.empty() && n->name_ ? n->name_->sym : n->name;
    case OLITERAL:
      if (!n->name.empty()) return n->name;
      if (n->val.kind() == Constant::String) return n->val.exactString();
      return n->val.toString();
    case ONIL: return "nil";
    case OTYPE: return n->name.empty() ? typeStringForError(n->type) : n->name;
    case OPAREN: return "(" + exprString(n->left) + ")";
    case OADDSTR: {
      if (n->list.empty()) return exprString(n->left) + " + " + exprString(n->right);
      std::string s;
      for (size_t i = 0; i < n->list.size(); i++) s += (i ? " + " : "") + exprString(n->list[i]);
      return s;
    }
    case OADD: case OSUB: case OMUL: case ODIV: case OMOD: case OLSH: case ORSH: case OAND:
    case OOR: case OXOR: case OANDNOT: case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE:
    case OANDAND: case OOROR:
      return exprString(n->left) + " " + opString(n->op) + " " + exprString(n->right);
    case ONOT: case ONEG: case OPLUS: case OBITNOT: case OADDR: case ODEREF: case ORECV:
      return std::string(opString(n->op)) + exprString(n->left);
    case OCONVIFACE: case OCONVNOP: case OCONV: case OBYTES2STR: case ORUNES2STR: case OSTR2BYTES:
    case OSTR2RUNES: case ORUNESTR:
      if (n->implicit) return exprString(n->left);
      return exprString(n->right ? n->right : nullptr) + "(" + exprString(n->left) + ")";
    case OCALL: case OCALLFUNC: case OCALLMETH: case OCALLINTER:
      return exprString(n->left) + "(" + list(n->list) + (n->isDDD ? "..." : "") + ")";
    case OLEN: case OCAP: case OAPPEND: case OCOPY: case ODELETE: case OCLOSE: case OMAKE: case ONEW:
    case OPANIC: case OPRINT: case OPRINTN: case OCOMPLEX: case OREAL: case OIMAG: case ORECOVER:
      // A checked builtin call holds its operands in left/right (list cleared).
      if (n->list.empty() && n->left && !(n->left->op == ONAME && n->left->name == n->name))
        return n->name + "(" + exprString(n->left) + (n->right ? ", " + exprString(n->right) : "") + ")";
      return n->name + "(" + list(n->list) + (n->isDDD ? "..." : "") + ")";
    case OXDOT: case ODOT: case ODOTPTR: case ODOTMETH: case ODOTINTER: case OMETHEXPR: case OMETHVALUE:
      if (n->implicit && n->left) return exprString(n->left);
      return exprString(n->left) + "." + n->name;
    case OINDEX: case OINDEXMAP:
      return exprString(n->left) + "[" + exprString(n->right) + "]";
    case OSLICE: case OSLICE3: case OSLICESTR: case OSLICEARR: {
      std::string s = exprString(n->left) + "[";
      for (size_t i = 0; i < n->list.size(); i++) {
        if (i) s += ":";
        if (n->list[i]) s += exprString(n->list[i]);
      }
      return s + "]";
    }
    case ODOTTYPE: case ODOTTYPE2: return exprString(n->left) + ".(" + exprString(n->right) + ")";
    case OCOMPLIT: case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OMAPLIT:
      return (n->right ? exprString(n->right) : std::string("")) + (n->list.empty() ? "{}" : "{…}");
    case OFUNCLIT: return "(func" + std::string("() literal)");
    case OTARRAY: return "[" + (n->left ? exprString(n->left) : std::string("...")) + "]" + exprString(n->right);
    case OTSLICE: return "[]" + exprString(n->left);
    case OTMAP: return "map[" + exprString(n->left) + "]" + exprString(n->right);
    case OTPTR: return "*" + exprString(n->left);
    case OTCHAN: return (n->chanDir == CDRecv ? "<-chan " : n->chanDir == CDSend ? "chan<- " : "chan ") + exprString(n->left);
    case OTFUNC: return "func(...)";
    case OTSTRUCT: return "struct{...}";
    case OTINTER: return n->list.empty() ? "interface{}" : "interface{...}";
    default: return opName(n->op);
  }
}

// gc reports selector errors at the selected name and index errors at '[';
// the builder gives postfix nodes the operand's position, so the column is
// recovered from the operand's text (exact for gofmt-formatted code).
int Checker::endCol(Node* n) {
  if (!n) return -1;
  switch (n->op) {
    case ONAME: case ONONAME: case OPACK: case OLITERAL:
      if (n->name.empty()) return n->op == OLITERAL ? n->pos.col + (int)exprString(n).size() : -1;
      if (n->name.find('.') != std::string::npos && n->op != OLITERAL) return n->pos.col + (int)n->name.size();
      return n->pos.col + (int)n->name.size();
    case OTYPE:
      return n->name.empty() ? -1 : n->pos.col + (int)n->name.size();
    case OXDOT: case ODOT: case ODOTPTR: case ODOTMETH: case ODOTINTER: case OMETHVALUE: case OMETHEXPR: {
      if (n->implicit) return endCol(n->left);
      int e = endCol(n->left);
      return e < 0 ? -1 : e + 1 + (int)n->name.size();
    }
    case OINDEX: case OINDEXMAP: {
      int e = endCol(n->right);
      return e < 0 || n->right->pos.line != n->pos.line ? -1 : e + 1;
    }
    case OPAREN: {
      int e = endCol(n->left);
      return e < 0 ? -1 : e + 1;
    }
    case OCALL: case OCALLFUNC: case OCALLMETH: case OCALLINTER: {
      if (n->list.empty()) {
        int e = endCol(n->left);
        return e < 0 ? -1 : e + 2;
      }
      int e = endCol(n->list.back());
      return e < 0 ? -1 : e + 1 + (n->isDDD ? 3 : 0);
    }
    default: return -1;
  }
}

Pos Checker::afterPos(Node* n, int skip) {
  int e = endCol(n);
  if (e < 0) return n ? n->pos : Pos{};
  return Pos{n->pos.line, e + skip};
}

Mode Checker::modeOf(Node* n) {
  if (!n || n->type == tInvalid) return Mode::Invalid;
  if (n->op == OTYPE) return Mode::TypeExpr;
  if (n->op == ONAME && n->name_ && n->name_->kind == ObjKind::Builtin) return Mode::Builtin;
  if (n->op == OLITERAL) return Mode::Constant;
  if (n->type == tNoValue) return Mode::NoValue;
  if (n->op == OINDEXMAP) return Mode::MapIndex;
  if (addressable(n)) return Mode::Variable;
  return Mode::Value;
}

std::string Checker::aliasName(Node* n) {
  if (!n || (n->type != types::Uint8 && n->type != types::Int32)) return "";
  switch (n->op) {
    case ONAME: {
      auto it = aliasOf.find(n->name_);
      return it == aliasOf.end() ? "" : it->second;
    }
    case OINDEX:  // a string's element is a byte
      return n->left && n->left->type && n->left->type->underlying->isString() ? "byte" : "";
    case OCONV: {
      std::string t = n->right ? exprString(n->right) : "";
      return t == "byte" || t == "rune" ? t : "";
    }
    case OPAREN: return aliasName(n->left);
    default: return "";
  }
}

std::string Checker::typeNameOf(Node* n) {
  std::string a = aliasName(n);
  return a.empty() ? typeStringForError(n->type) : a;
}

std::string Checker::posString(Node* n) {
  return diags.filename() + ":" + std::to_string(n->pos.line) + ":" + std::to_string(n->pos.col);
}

std::string Checker::operandString(Node* n) {
  std::string e = exprString(n);
  Mode m = modeOf(n);
  if (m == Mode::Value && n->type == types::UntypedNil) return "nil";
  std::string s = e + " (";
  bool hasType = false;
  switch (m) {
    case Mode::Invalid: return e + " (invalid operand)";
    case Mode::NoValue: return e + " (no value)";
    case Mode::Builtin: return e + " (built-in)";
    case Mode::TypeExpr: return e + " (type)";
    default:
      if (n->type && n->type->isUntyped()) s += typeStringForError(n->type) + " ";
      else hasType = true;
  }
  switch (m) {
    case Mode::Constant: {
      s += "constant";
      std::string v = n->val.kind() == Constant::String ? n->val.exactString() : n->val.toString();
      if (v != e) s += " " + v;
      break;
    }
    case Mode::Variable: s += "variable"; break;
    case Mode::MapIndex: s += "map index expression"; break;
    default: s += "value"; break;
  }
  if (hasType) s += " of type " + typeNameOf(n);
  return s + ")";
}

}  // namespace tc

bool typecheck(Package* pkg, Diagnostics& diags) {
  initUniverse();
  tc::Checker c(pkg, diags);
  return c.run();
}

}  // namespace minigo
