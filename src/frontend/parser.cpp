// parser.cpp — parseFile: ANTLR lexing (with Go's semicolon insertion),
// two-stage parsing (SLL + bail, then LL with error reporting), AST building.
#include <pthread.h>

#include <antlr4-runtime.h>

#include "GoLexer.h"
#include "GoParser.h"
#include "frontend/lexer.h"
#include "frontend/parser_build.h"
#include "frontend/parser_errors.h"
#include "frontend/stages.h"

namespace minigo {

using minigo_grammar::GoLexer;
using minigo_grammar::GoParser;

namespace {

bool parseFileImpl(const std::string& srcIn, Package* pkg, Diagnostics& diags) {
  // A leading byte order mark is ignored, as gc does.
  const std::string bom = "\xEF\xBB\xBF";
  std::string src = srcIn.compare(0, 3, bom) == 0 ? srcIn.substr(3) : srcIn;
  if (!checkSourceEncoding(src, diags)) return false;

  try {
    PosMap pm(src);
    antlr4::ANTLRInputStream input(src);
    GoLexer lexer(&input);
    lexer.removeErrorListeners();
    GoTokenSource source(lexer, pm, diags);
    antlr4::CommonTokenStream tokens(&source);
    GoParser parser(&tokens);
    parser.removeErrorListeners();

    // Stage 1: SLL prediction, bail out at the first error. Almost every
    // correct program parses here, and SLL is much faster than LL.
    GoParser::SourceFileContext* tree = nullptr;
    SyntaxErrorListener listener(pm, &tokens);
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      tree = parser.sourceFile();
    } catch (antlr4::ParseCancellationException&) {
      // Stage 2: full LL with error recovery and gc-style reporting.
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
      parser.addErrorListener(&listener);
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
      tree = parser.sourceFile();
      parser.removeErrorListeners();
    }

    std::vector<Diagnostic> buildErrs;
    buildAst(tree, &tokens, pm, pkg, buildErrs);
    if (listener.hasError()) {
      // Builder findings past the first syntax error may stem from recovery.
      Pos first = listener.error().pos;
      for (auto& d : buildErrs)
        if (d.pos.line < first.line || (d.pos.line == first.line && d.pos.col < first.col)) diags.error(d.pos, d.msg);
      diags.error(first, listener.error().msg);
      reportFollowingSyntaxErrors(tokens, pm, listener, diags);
    } else {
      for (auto& d : buildErrs) diags.error(d.pos, d.msg);
    }
  } catch (std::exception& e) {
    // Never let bad input crash minigo.
    diags.error(Pos{1, 1}, std::string("syntax error: ") + e.what());
  }
  return !diags.hasErrors();
}

struct ParseJob {
  const std::string* src;
  Package* pkg;
  Diagnostics* diags;
  bool ok;
};

void* runParseJob(void* arg) {
  auto* job = static_cast<ParseJob*>(arg);
  job->ok = parseFileImpl(*job->src, job->pkg, *job->diags);
  return nullptr;
}

}  // namespace

// The parser and the builder recurse once per nesting level of the source;
// they run on a thread with a large stack (pages are only committed when
// touched) so that deeply nested but valid code cannot overflow it.
bool parseFile(const std::string& src, Package* pkg, Diagnostics& diags) {
  ParseJob job{&src, pkg, &diags, false};
  pthread_attr_t attr;
  pthread_t tid;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, size_t(512) << 20) == 0 &&
      pthread_create(&tid, &attr, runParseJob, &job) == 0) {
    pthread_attr_destroy(&attr);
    pthread_join(tid, nullptr);
    return job.ok;
  }
  return parseFileImpl(src, pkg, diags);
}

}  // namespace minigo
