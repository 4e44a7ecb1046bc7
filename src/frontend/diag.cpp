// diag.cpp — collecting and printing compile errors as gc does.
#include "frontend/diag.h"

#include <algorithm>
#include <filesystem>

namespace minigo {

// The go command (load.ShortPath) names a file by its directory, relative to
// the current directory when that is shorter, and "./x.go" for a file of the
// current directory.
std::string Diagnostics::shortPath(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return file;
  fs::path abs = (fs::path(file).is_absolute() ? fs::path(file) : cwd / file).lexically_normal();
  fs::path dir = abs.parent_path();
  std::string d = dir.string();
  std::string rel = dir.lexically_relative(cwd).string();
  if (!rel.empty() && rel.size() < d.size()) d = rel;
  return d + "/" + abs.filename().string();
}

// Filtering follows gc's base.ErrorfAt: only one syntax error per line, and
// an identical message on the same line is dropped.
void Diagnostics::error(Pos pos, std::string msg) {
  bool syntax = msg.rfind("syntax error", 0) == 0;
  for (auto& d : errors_) {
    if (d.pos.line != pos.line) continue;
    bool dSyntax = d.msg.rfind("syntax error", 0) == 0;
    if (syntax && dSyntax) return;
    if (!syntax && d.msg == msg) return;
  }
  errors_.push_back(Diagnostic{pos, std::move(msg)});
}

// gc stops at the 10th error: it prints what it has, sorted by position,
// then "too many errors" at the position of that 10th error.
void Diagnostics::print(std::ostream& os) const {
  constexpr size_t kMaxErrors = 10;
  std::vector<Diagnostic> shown(errors_.begin(), errors_.begin() + std::min(errors_.size(), kMaxErrors));
  std::stable_sort(shown.begin(), shown.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  for (auto& d : shown) os << filename_ << ":" << d.pos.line << ":" << d.pos.col << ": " << d.msg << "\n";
  if (errors_.size() >= kMaxErrors) {
    const Pos& p = errors_[kMaxErrors - 1].pos;
    os << filename_ << ":" << p.line << ":" << p.col << ": too many errors\n";
  }
}

}  // namespace minigo
