// diag.h — compile errors in gc's format: "file.go:LINE:COL: message".
//
// Errors are collected, sorted by position and printed the way gc prints them
// (at most 10, then "too many errors"). A program with errors exits 1.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace minigo {

struct Diagnostic {
  Pos pos;
  std::string msg;
};

class Diagnostics {
 public:
  explicit Diagnostics(std::string filename) : filename_(std::move(filename)) {}
  // The go command's name for a file given on the command line: "./x.go" for a
  // file of the current directory, any other path as given.
  static std::string shortPath(const std::string& file);
  void error(Pos pos, std::string msg);
  bool hasErrors() const { return !errors_.empty(); }
  size_t count() const { return errors_.size(); }
  const std::vector<Diagnostic>& errors() const { return errors_; }
  // Sorted by line, then column; duplicates on one line dropped as gc does.
  void print(std::ostream& os) const;
  const std::string& filename() const { return filename_; }

 private:
  std::string filename_;
  std::vector<Diagnostic> errors_;
};

}  // namespace minigo
