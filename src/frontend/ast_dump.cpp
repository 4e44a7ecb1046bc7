// ast_dump.cpp — the textual tree dump used by -dump=ast|types|walk, and the
// Go-syntax printer used in messages.
//
// One node per line, indented by depth: op, then name / value / flags, then
// ": type" when types are asked for. left and right are printed as plain
// children; the other child lists are introduced by a label (init:, cond:,
// list:, rlist:, body:).
#include "frontend/ast_dump.h"

#include "frontend/types.h"

namespace minigo {

namespace {

class Dumper {
 public:
  Dumper(std::ostream& os, bool withTypes) : os_(os), withTypes_(withTypes) {}

  void node(Node* n, int depth) {
    indent(depth);
    if (!n) {
      os_ << "<nil>\n";
      return;
    }
    if (depth > 200) {
      os_ << "...\n";
      return;
    }
    os_ << opName(n->op);
    if (n->op == OASOP) os_ << " " << opName(n->subop);
    std::string name = !n->name.empty() ? n->name : n->name_ ? n->name_->sym : "";
    if (n->op == OPACK) os_ << " \"" << name << "\"";
    else if (!name.empty()) os_ << " " << name;
    if (n->op == OLITERAL) os_ << " " << (n->val.kind() == Constant::String ? n->val.exactString() : n->val.toString());
    if (n->op == OTCHAN && n->chanDir != CDBoth) os_ << (n->chanDir == CDRecv ? " <-chan" : " chan<-");
    if (n->op == ODCLCONST) os_ << " iota=" << n->offset;
    if (!n->tag.empty()) os_ << " tag=" << n->tag;
    if (n->colas) os_ << " colas";
    if (n->isDDD) os_ << " ddd";
    if (n->embedded) os_ << " embedded";
    if (n->implicit) os_ << " implicit";
    if (n->alias) os_ << " alias";
    if (n->func) os_ << " " << (n->func->name.empty() ? "<func>" : n->func->name);
    if (withTypes_ && n->type) os_ << " : " << typeString(n->type);
    os_ << "  # " << n->pos.line << ":" << n->pos.col << "\n";
    section("init", n->init, depth + 1);
    if (n->left) node(n->left, depth + 1);
    if (n->right) node(n->right, depth + 1);
    if (n->cond) {
      indent(depth + 1);
      os_ << "cond:\n";
      node(n->cond, depth + 2);
    }
    section("list", n->list, depth + 1);
    section("body", n->body, depth + 1);
    section("rlist", n->rlist, depth + 1);
    if ((n->op == ODCLFUNC || n->op == OFUNCLIT || n->op == OCLOSURE) && n->func) section("body", n->func->body, depth + 1);
  }

 private:
  void indent(int depth) {
    for (int i = 0; i < depth; i++) os_ << "  ";
  }
  void section(const char* label, const std::vector<Node*>& v, int depth) {
    if (v.empty()) return;
    indent(depth);
    os_ << label << ":\n";
    for (Node* c : v) node(c, depth + 1);
  }
  std::ostream& os_;
  bool withTypes_;
};

bool matchesFilter(Func* fn, const std::string& filter) {
  if (filter.empty()) return true;
  if (!fn) return false;
  if (fn->name == filter) return true;
  size_t dot = fn->name.rfind('.');
  return dot != std::string::npos && fn->name.compare(dot + 1, std::string::npos, filter) == 0;
}

}  // namespace

void dumpPackage(std::ostream& os, Package* pkg, const std::string& funcFilter, bool withTypes) {
  Dumper d(os, withTypes);
  if (funcFilter.empty()) {
    os << "package " << pkg->path << "\n";
    for (Node* n : pkg->importDecls) d.node(n, 0);
  }
  for (Node* n : pkg->decls) {
    if (n && n->op == ODCLFUNC ? matchesFilter(n->func, funcFilter) : funcFilter.empty()) d.node(n, 0);
  }
}

// ---------------------------------------------------------------- Go syntax

namespace {

const char* opSyntax(Op op) {
  switch (op) {
    case OADD: case OPLUS: return "+";
    case OSUB: case ONEG: return "-";
    case OMUL: case ODEREF: return "*";
    case ODIV: return "/";
    case OMOD: return "%";
    case OLSH: return "<<";
    case ORSH: return ">>";
    case OAND: case OADDR: return "&";
    case OOR: return "|";
    case OXOR: case OBITNOT: return "^";
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
    case ORECV: return "<-";
    default: return "?";
  }
}

std::string listString(const std::vector<Node*>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); i++) s += (i ? ", " : "") + syntaxString(v[i]);
  return s;
}

std::string fieldsString(const std::vector<Node*>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); i++) {
    if (i) s += ", ";
    if (!v[i]->name.empty()) s += v[i]->name + " ";
    if (v[i]->isDDD) s += "...";
    s += syntaxString(v[i]->left);
  }
  return s;
}

}  // namespace

std::string syntaxString(Node* n) {
  if (!n) return "";
  switch (n->op) {
    case ONONAME: case ONAME: case OTYPE:
      return !n->name.empty() ? n->name : n->name_ ? n->name_->sym : "?";
    case OLITERAL:
      return n->val.kind() == Constant::String ? n->val.exactString() : n->val.toString();
    case ONIL: return "nil";
    case OPAREN: return "(" + syntaxString(n->left) + ")";
    case OXDOT: case ODOT: case ODOTPTR: case ODOTMETH: case ODOTINTER:
      return syntaxString(n->left) + "." + n->name;
    case ODOTTYPE:
      return syntaxString(n->left) + ".(" + (n->right ? syntaxString(n->right) : "type") + ")";
    case OINDEX: case OINDEXMAP:
      return syntaxString(n->left) + "[" + syntaxString(n->right) + "]";
    case OTINST:
      return syntaxString(n->left) + "[" + listString(n->list) + "]";
    case OSLICE: case OSLICE3: case OSLICESTR: case OSLICEARR: {
      std::string s = syntaxString(n->left) + "[";
      for (size_t i = 0; i < n->list.size(); i++) s += (i ? ":" : "") + syntaxString(n->list[i]);
      return s + "]";
    }
    case OCALL: case OCALLFUNC: case OCALLMETH: case OCALLINTER:
      return syntaxString(n->left) + "(" + listString(n->list) + (n->isDDD ? "...)" : ")");
    case OCOMPLIT: case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OMAPLIT:
      return syntaxString(n->right) + (n->list.empty() ? "{}" : "{…}");
    case OKEY: return syntaxString(n->left) + ": " + syntaxString(n->right);
    case OFUNCLIT: return "func(" + (n->right ? fieldsString(n->right->list) : "") + "){…}";
    case OTARRAY: return "[" + (n->isDDD ? std::string("...") : syntaxString(n->left)) + "]" + syntaxString(n->right);
    case OTSLICE: return "[]" + syntaxString(n->left);
    case OTMAP: return "map[" + syntaxString(n->left) + "]" + syntaxString(n->right);
    case OTCHAN:
      return std::string(n->chanDir == CDRecv ? "<-chan " : n->chanDir == CDSend ? "chan<- " : "chan ") + syntaxString(n->left);
    case OTPTR: return "*" + syntaxString(n->left);
    case OTFUNC: {
      std::string s = "func(" + fieldsString(n->list) + ")";
      if (n->rlist.size() == 1 && n->rlist[0]->name.empty()) s += " " + syntaxString(n->rlist[0]->left);
      else if (!n->rlist.empty()) s += " (" + fieldsString(n->rlist) + ")";
      return s;
    }
    case OTSTRUCT: return n->list.empty() ? "struct{}" : "struct{…}";
    case OTINTER: return n->list.empty() ? "interface{}" : "interface{…}";
    case ONOT: case ONEG: case OPLUS: case OBITNOT: case OADDR: case ODEREF: case ORECV:
      return opSyntax(n->op) + syntaxString(n->left);
    case OADD: case OSUB: case OMUL: case ODIV: case OMOD: case OLSH: case ORSH: case OAND: case OOR:
    case OXOR: case OANDNOT: case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE: case OANDAND: case OOROR:
      return syntaxString(n->left) + " " + opSyntax(n->op) + " " + syntaxString(n->right);
    // simple statements
    case OEXPRSTMT: return syntaxString(n->left);
    case OAS: return syntaxString(n->left) + (n->colas ? " := " : " = ") + syntaxString(n->right);
    case OAS2: return listString(n->list) + (n->colas ? " := " : " = ") + listString(n->rlist);
    case OASOP: return syntaxString(n->left) + " " + opSyntax(n->subop) + "= " + syntaxString(n->right);
    case OINC: return syntaxString(n->left) + "++";
    case ODEC: return syntaxString(n->left) + "--";
    case OSEND: return syntaxString(n->left) + " <- " + syntaxString(n->right);
    case ORANGE: {
      std::string s = n->list.empty() ? "" : listString(n->list) + (n->colas ? " := " : " = ");
      return s + "range " + syntaxString(n->right);
    }
    default:
      return opName(n->op);
  }
}

}  // namespace minigo
