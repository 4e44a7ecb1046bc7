// ast.h — minigo's one tree IR, modelled on the classic gc Node.
//
// The AST builder produces Nodes with syntactic ops (OCALL, OINDEX, ODOT,
// ORANGE, OMAKE ...). Typecheck annotates every expression with its Type and
// rewrites ops to their resolved meaning, as gc's typecheck does (OCALL becomes
// OCALLFUNC / OCALLMETH / OCALLINTER / OCONV; OINDEX becomes OINDEXMAP when X
// is a map ...). Walk then lowers in place (ORANGE → OFOR, OMAKE → OMAKESLICE,
// string ops → runtime calls ...). Codegen reads the lowered tree.
// Every stage prints the same tree with ast_dump.cpp, so one construct can be
// watched travelling down the pipeline.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/constant.h"

namespace minigo {

struct Type;
struct Func;
struct Name;

// A source position. Lines and columns are 1-based; columns count bytes, as gc does.
struct Pos {
  int line = 0;
  int col = 0;
};

// Op names follow cmd/compile/internal/ir where the concept is the same.
#define MINIGO_OPS(X)                                                          \
  X(OXXX)                                                                      \
  /* names and literals */                                                     \
  X(ONAME)      /* reference to a declared Name (var, func, const) */          \
  X(ONONAME)    /* identifier not yet resolved (AST builder output) */         \
  X(OLITERAL)   /* constant: val holds the value */                           \
  X(ONIL)       /* the predeclared nil */                                      \
  X(OTYPE)      /* a type expression; type is set once resolved */            \
  X(OPACK)      /* an imported package name (fmt in fmt.Println) */            \
  /* type expressions (AST builder output, resolved by typecheck to OTYPE) */  \
  X(OTARRAY)    /* [left]right; left==nullptr for [...]T, nullptr+implicit */  \
  X(OTSLICE)    /* []left */                                                   \
  X(OTMAP)      /* map[left]right */                                           \
  X(OTCHAN)     /* chan left; chanDir holds the direction */                   \
  X(OTPTR)      /* *left (in type context) */                                  \
  X(OTFUNC)     /* func(list) (rlist); list/rlist hold OFIELD nodes */          \
  X(OTSTRUCT)   /* struct { list of OFIELD } */                                \
  X(OTINTER)    /* interface { list of OFIELD (methods) or embedded types } */ \
  X(OFIELD)     /* name (may be empty) + left = type; tag; embedded; isDDD */  \
  X(OTINST)     /* generic instantiation left[list] */                         \
  /* unary and binary expressions */                                           \
  X(OADD) X(OSUB) X(OMUL) X(ODIV) X(OMOD)                                       \
  X(OLSH) X(ORSH) X(OAND) X(OOR) X(OXOR) X(OANDNOT)                              \
  X(OEQ) X(ONE) X(OLT) X(OLE) X(OGT) X(OGE)                                     \
  X(OANDAND) X(OOROR)                                                          \
  X(ONOT) X(ONEG) X(OPLUS) X(OBITNOT)                                          \
  X(OADDR)      /* &left */                                                    \
  X(ODEREF)     /* *left */                                                    \
  X(ORECV)      /* <-left */                                                   \
  X(OPAREN)     /* (left); removed by typecheck */                             \
  X(OADDSTR)    /* string concatenation of list (walk: concatstrings) */       \
  /* calls and conversions */                                                  \
  X(OCALL)      /* left(list); isDDD for f(s...) — unresolved */               \
  X(OCALLFUNC)  /* call of a func value or declared func */                    \
  X(OCALLMETH)  /* left is ODOTMETH */                                         \
  X(OCALLINTER) /* left is ODOTINTER */                                        \
  X(OCALLRT)    /* call of runtime function `name` (walk output) */            \
  X(OCONV)      /* type(left): numeric / string conversions */                 \
  X(OCONVNOP)   /* conversion that changes only the type */                    \
  X(OCONVIFACE) /* conversion of a concrete value to an interface */           \
  X(OBYTES2STR) X(ORUNES2STR) X(OSTR2BYTES) X(OSTR2RUNES) X(ORUNESTR)           \
  /* selectors, indexing, slicing */                                           \
  X(OXDOT)      /* left.name — unresolved */                                   \
  X(ODOT)       /* struct field of a value */                                  \
  X(ODOTPTR)    /* struct field through a pointer */                           \
  X(ODOTMETH)   /* method of a concrete type: left.name */                     \
  X(ODOTINTER)  /* method of an interface value */                             \
  X(OMETHEXPR)  /* T.M or (*T).M */                                            \
  X(OMETHVALUE) /* x.M used as a value (bound method) */                       \
  X(ODOTTYPE)   /* left.(type) */                                              \
  X(ODOTTYPE2)  /* v, ok := left.(type) (the rhs of OAS2DOTTYPE) */            \
  X(OINDEX)     /* left[right] on array, slice, string */                      \
  X(OINDEXMAP)  /* left[right] on a map */                                     \
  X(OSLICE)     /* left[list[0]:list[1]] — list entries may be nullptr */       \
  X(OSLICE3)    /* left[list[0]:list[1]:list[2]] */                            \
  X(OSLICESTR)  /* slicing a string */                                         \
  X(OSLICEARR)  /* slicing an array (through its address) */                   \
  /* composite literals and functions */                                       \
  X(OCOMPLIT)   /* right{list} — right is the type expr (nullptr if elided) */ \
  X(OSTRUCTLIT) X(OARRAYLIT) X(OSLICELIT) X(OMAPLIT)                            \
  X(OKEY)       /* left: right inside a composite literal */                   \
  X(OSTRUCTKEY) /* field name: left inside a struct literal */                 \
  X(OFUNCLIT)   /* func literal: func points at its Func */                    \
  X(OCLOSURE)   /* func literal after closure conversion */                    \
  /* builtins */                                                               \
  X(OLEN) X(OCAP) X(OAPPEND) X(OCOPY) X(ODELETE) X(OCLOSE)                      \
  X(OMAKE) X(OMAKESLICE) X(OMAKEMAP) X(OMAKECHAN)                               \
  X(ONEW) X(ONEWOBJ) X(OPANIC) X(ORECOVER) X(OPRINT) X(OPRINTN)                 \
  X(OCOMPLEX) X(OREAL) X(OIMAG)                                                 \
  X(OUNSAFESIZEOF) X(OUNSAFEALIGNOF) X(OUNSAFEOFFSETOF)                         \
  /* statements */                                                             \
  X(OBLOCK)     /* { list } */                                                 \
  X(ODCL)       /* declaration of local name (left is ONAME) */                \
  X(ODCLCONST)  /* const declaration (kept for dumps) */                       \
  X(ODCLTYPE)   /* type declaration */                                         \
  X(ODCLFUNC)   /* function declaration: func points at its Func */            \
  X(OAS)        /* left = right (right nullptr: zero it) ; colas for := */     \
  X(OAS2)       /* list = rlist */                                             \
  X(OAS2FUNC)   /* list = f() */                                               \
  X(OAS2RECV)   /* v, ok = <-c */                                              \
  X(OAS2MAPR)   /* v, ok = m[k] */                                             \
  X(OAS2DOTTYPE)/* v, ok = x.(T) */                                            \
  X(OASOP)      /* left subop= right */                                        \
  X(OINC) X(ODEC) /* left++ / left-- (typecheck turns them into OASOP) */      \
  X(OIF)        /* init; if cond { body } else { rlist } */                    \
  X(OFOR)       /* init; for cond; post { body } — post in right */            \
  X(ORANGE)     /* for list := range right { body } */                         \
  X(OSWITCH)    /* init; switch left { list of OCASE } */                      \
  X(OTYPESW)    /* x := left.(type) inside OSWITCH.left */                     \
  X(OCASE)      /* case list: body (list empty = default) */                   \
  X(OSELECT)    /* select { list of OCASE } */                                 \
  X(OSEND)      /* left <- right */                                            \
  X(OGO) X(ODEFER)  /* go/defer left (a call) */                               \
  X(ORETURN)    /* return list */                                              \
  X(OBREAK) X(OCONTINUE) X(OGOTO) /* label in name (may be empty) */           \
  X(OLABEL)     /* name: left (left = the labelled statement) */       \
  X(OFALL)      /* fallthrough */                                              \
  X(OEMPTY)     /* empty statement */                                          \
  X(OEXPRSTMT)  /* expression statement: left */                               \
  X(OVARDEF)    /* var x T = e at package level (list of names, rlist) */      \
  X(OLAST)

enum Op : uint16_t {
#define MINIGO_OP_ENUM(name) name,
  MINIGO_OPS(MINIGO_OP_ENUM)
#undef MINIGO_OP_ENUM
};

const char* opName(Op op);

// Channel directions, as in reflect.ChanDir.
enum ChanDir : uint8_t { CDBoth = 3, CDRecv = 1, CDSend = 2 };

struct Node {
  Op op = OXXX;
  Pos pos;
  Node* left = nullptr;   // X in today's ir
  Node* right = nullptr;  // Y
  std::vector<Node*> init;   // statements run first (if/for/switch init; order temps)
  std::vector<Node*> list;   // args, composite elems, case values, lhs of OAS2
  std::vector<Node*> rlist;  // rhs of OAS2, results of OTFUNC, else-branch of OIF
  std::vector<Node*> body;   // statement bodies
  Node* cond = nullptr;      // OIF/OFOR condition
  Type* type = nullptr;      // set by typecheck (OTYPE: the type itself)
  Name* name_ = nullptr;     // ONAME/ODCL: the declared object
  Func* func = nullptr;      // ODCLFUNC/OFUNCLIT/OCLOSURE
  std::string name;          // identifier, selector, label, runtime fn, pkg
  std::string tag;           // OFIELD struct tag
  Constant val;              // OLITERAL value
  Op subop = OXXX;           // OASOP: the operator
  ChanDir chanDir = CDBoth;  // OTCHAN
  bool colas = false;        // := (OAS, OAS2, ORANGE)
  bool isDDD = false;        // f(s...) / ...T parameter / [...]T
  bool embedded = false;     // OFIELD: embedded field or interface
  bool implicit = false;     // compiler generated (implicit &, deref, conversions)
  bool typechecked = false;
  bool alias = false;        // ODCLTYPE: type A = B
  int fieldIndex = -1;       // ODOT/ODOTPTR: index of the field in the struct
  int64_t offset = 0;        // ODOT/ODOTPTR: byte offset of the field
  void* aux = nullptr;       // stage-private data (codegen labels, escape info)
};

// Storage classes, named as gc's ir.Class.
enum Class : uint8_t {
  Pxxx,
  PEXTERN,    // package-level variable
  PAUTO,      // local variable
  PAUTOHEAP,  // local variable moved to the heap by escape analysis
  PPARAM,     // function parameter
  PPARAMOUT,  // function result
  PFUNC,      // declared function
};

enum class ObjKind : uint8_t { Var, Const, Type, Func, Builtin, Pkg, Nil, Label };

// A declared object: variable, constant, type name, function, builtin, package.
struct Name {
  std::string sym;
  ObjKind kind = ObjKind::Var;
  Class cls = Pxxx;
  Type* type = nullptr;
  Pos pos;
  Node* defn = nullptr;       // declaring node (ODCL, OAS with colas, OFIELD ...)
  Func* curfn = nullptr;      // function whose locals include this name
  Func* fn = nullptr;         // ObjKind::Func: the function
  Constant val;               // ObjKind::Const: the value
  Op builtin = OXXX;          // ObjKind::Builtin: OLEN, OAPPEND, ...
  bool used = false;
  bool addrtaken = false;     // &x appears
  bool captured = false;      // referenced from a closure
  bool byval = false;         // closure captures a copy (never reassigned)
  bool escapes = false;       // set by escape analysis: lives on the heap
  bool reassigned = false;    // typecheck: assigned after its declaration (escape: byval captures)
  Name* outer = nullptr;      // closure variable: the captured Name of the enclosing func
  int64_t frameOffset = -1;   // codegen: offset of the variable in its frame
  int64_t globalIndex = -1;   // codegen: PEXTERN slot in the globals area
  void* aux = nullptr;        // stage-private data
};

// A function or method, declared or literal.
struct Func {
  std::string name;            // linker name as Go prints it: main.f, main.(*T).M, main.main.func1
  Name* nname = nullptr;       // the function's Name (nullptr for literals)
  Node* decl = nullptr;        // ODCLFUNC or OFUNCLIT
  Type* type = nullptr;        // signature (TFUNC); the receiver is type->recv
  Name* recv = nullptr;        // method receiver (nullptr if none or unnamed)
  std::vector<Name*> params;   // in order; blank params get a Name too
  std::vector<Name*> results;  // named or synthesized result names
  std::vector<Name*> dcl;      // every local variable declared in the body
  std::vector<Name*> cvars;    // closure variables (captured from outer funcs)
  std::vector<Node*> body;     // statements
  Func* outer = nullptr;       // enclosing function for literals
  int closureCount = 0;        // numbering of func literals: main.f.func1, func2 ...
  Pos pos;
  Pos endPos;                  // closing brace (for missing-return errors)
  bool hasDefer = false;
  bool hasRecover = false;
  bool wrapper = false;        // walk-made defer wrapper: recover in its callee counts as direct
  void* code = nullptr;        // codegen: the compiled vm::Proto
};

// The whole program: one package main (plus imported packages' natives).
struct Package {
  std::string path = "main";
  std::string filename;
  std::vector<Node*> decls;         // top-level declarations in source order
  std::vector<Func*> funcs;         // every function, literals included
  std::vector<Name*> globals;       // package-level variables
  std::vector<Node*> initOrder;     // package-level var initialisations, sorted
  std::vector<Func*> inits;         // init() functions in source order
  Func* mainFunc = nullptr;
  std::vector<std::string> imports; // imported paths
  std::vector<Node*> importDecls;   // OPACK nodes, for "imported and not used"
};

// How the AST builder (parser.cpp) shapes each construct. Typecheck and walk
// rely on these conventions; keep them in sync with the builder.
//
//  Package-level and local declarations
//   import "p" / import q "p"   OPACK: name = path, left = ONONAME alias (or nullptr); in Package::importDecls
//   func f[T any](a, b int, c ...string) (r int) { body }
//                               ODCLFUNC: name = "f", func = Func (func->decl = node), left = receiver
//                               OFIELD or nullptr, right = OTFUNC signature, list = type params (OFIELD),
//                               func->body = statements. A body-less declaration has func->body empty and
//                               node->implicit = true.
//   OTFUNC                      list = params, rlist = results; one OFIELD per name (a, b int → two OFIELDs
//                               sharing one type node); unnamed: name == ""; ...T: isDDD on the OFIELD
//   var a, b T = x, y           OVARDEF: list = ONONAME names, left = type expr or nullptr, rlist = values
//                               (one per spec; a var (...) group gives one OVARDEF per spec)
//   const a, b T = x, y         ODCLCONST: list = ONONAME names, left = type or nullptr, rlist = values,
//                               offset = iota. A spec without values gets fresh copies of the previous
//                               spec's type and expressions (built again from the parse tree).
//   type T U / type T = U       ODCLTYPE: name = "T", left = type expr, alias for "=", list = type params
//  Statements
//   x := e / x = e              OAS (colas for :=); a, b := c, d → OAS2 (list = lhs, rlist = rhs)
//   x op= e, x++, x--           OASOP (subop = OADD ...), OINC, ODEC
//   f(x) as a statement         OEXPRSTMT: left = expression
//   if init; c {..} else {..}   OIF: init, cond, body, rlist = [else: an OIF or an OBLOCK]
//   for init; c; post {..}      OFOR: init, cond, right = post, body
//   for k, v := range e {..}    ORANGE: list = [k, v] (0–2 entries), right = e, colas, body
//   switch init; tag {..}       OSWITCH: init, left = tag (nullptr: tagless), list = OCASE
//   switch v := x.(type) {..}   OSWITCH: left = OTYPESW (left = x, name = "v" or ""), list = OCASE
//   case a, b: body / default:  OCASE: list = values or types (empty: default), body
//   select {..}                 OSELECT: list = OCASE with left = comm (OSEND, OEXPRSTMT of ORECV,
//                               OAS / OAS2 with ORECV on the right) or nullptr for default
//   L: stmt                     OLABEL: name = "L", left = stmt
//   go f(x) / defer f(x)        OGO / ODEFER: left = the call
//   { ... }                     OBLOCK: list = statements
//   return a, b                 ORETURN: list
//   break L / continue / goto L OBREAK / OCONTINUE / OGOTO: name = label or ""
//  Expressions
//   identifiers (also _, nil, true, iota)  ONONAME: name
//   literals                    OLITERAL: val from Constant::fromLiteral, type nullptr until typecheck
//                               and name = the literal's source text ('a', 0x1F, "s"): typecheck needs it
//                               (a rune literal is an untyped rune; errors quote the source as gc does)
//   x.f, fmt.Println            OXDOT: left = x, name = "f"
//   f(a, b...)                  OCALL: left = f, list = args, isDDD
//   T{k: v, e}                  OCOMPLIT: right = type expr (nullptr when elided), list = values / OKEY
//   func(...) {..}              OFUNCLIT: func = Func (func->decl = node), right = OTFUNC
//   a[i], a[i:j], a[i:j:k]      OINDEX (left, right); OSLICE / OSLICE3 (left, list of 2 / 3, nullptr if omitted)
//   x.(T), x.(type)             ODOTTYPE: left = x, right = type; OTYPESW only inside switch
//   *x, &x, <-c, -x, !x, ^x     ODEREF, OADDR, ORECV, ONEG, ONOT, OBITNOT (left); OPLUS
//   (x)                         OPAREN: left
//   [N]T, [...]T, []T, map, chan, *T (in type position), func types, struct, interface
//                               OTARRAY (left = len or nullptr, isDDD for ..., right = elem), OTSLICE (left),
//                               OTMAP (left = key, right = value), OTCHAN (left, chanDir), OTPTR? — *T is
//                               ODEREF in expression position (typecheck decides), OTFUNC, OTSTRUCT / OTINTER
//                               (list of OFIELD; embedded fields have embedded = true; interface methods are
//                               OFIELD with name and left = OTFUNC; embedded interfaces / type unions
//                               OFIELD with embedded = true)
//   G[int], G[K, V]             OINDEX with a single index; OTINST when more than one (list)
//  Builder details (parser_build.cpp)
//   Pos                         every node's pos is its first token (types2's StartPos): x + y is at x,
//                               f(a) at f, a.b at a; statements at their first token (OAS at the lhs)
//   local var x T = e           OVARDEF too (same shape as at package level), one per spec
//   imports                     only in Package::importDecls (not in decls); dot import: left->name "."
//   x.(type) outside a switch   ODOTTYPE with right == nullptr (typecheck reports it)
//   interface unions / ~T       OFIELD embedded, left == nullptr, list = one OFIELD per term (left = the
//                               type, tag "~" for ~T); a plain embedded type is OFIELD embedded, left = type
//   type params                 OFIELD name + left = constraint (also a union OFIELD when ~ or |)
//   generic receivers           Func::name main.(*T[...]).M as Go prints it; Package::funcs is not filled
//   <-chan T in an expression   OTCHAN with chanDir CDRecv (but <-chan T(x) is ORECV of a conversion)

// Allocation of nodes: they live for the whole run.
Node* newNode(Op op, Pos pos);
Name* newName(const std::string& sym, ObjKind kind, Pos pos);
Func* newFunc();

}  // namespace minigo
