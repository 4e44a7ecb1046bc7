// defer_test.cpp — the defer chain and panic unwinding (issue 5).
//
// Part 1 drives the runtime pieces directly, as the interpreter loop does:
// deferproc pushes _defer records on the g (src/runtime/defer.cpp); a panic
// asks panicNext for the next deferred call, sets Panic::argp to the frame
// it runs the call in, and after the call asks panicDeferReturned whether it
// recovered (src/runtime/panic.h). Part 2 compiles Go programs in-process and
// runs them; programs that end the process (a fatal panic, Goexit from main)
// run as death tests. Every expected value follows Go's semantics and was
// checked against `go run` (go1.19).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "frontend/stages.h"
#include "frontend/types.h"
#include "runtime/defer.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "vm/interp.h"
#include "vm/program.h"
#include "vm/vm.h"

using namespace minigo;

namespace {

// ---------------------------------------------------------------- part 1

// Distinct deferred calls and frames; the runtime only compares and returns
// these pointers, it never calls through them here.
rt::FuncVal fns[8];
vm::Proto* protoAt(int i) { return reinterpret_cast<vm::Proto*>(uintptr_t(0x1000 + 16 * i)); }

rt::Eface str(const char* s) {
  initUniverse();
  static std::vector<rt::GoString*> keep;
  auto* gs = new rt::GoString{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))};
  keep.push_back(gs);
  return rt::Eface{types::String, gs};
}

std::string strOf(const rt::Eface& e) {
  if (e.type != types::String) return "<not a string>";
  auto* gs = static_cast<rt::GoString*>(e.data);
  return std::string(reinterpret_cast<const char*>(gs->ptr), size_t(gs->len));
}

// A g with nothing on its chains (the tests never touch its stack).
struct TestG : rt::G {
  TestG() { goid = 7; }
  ~TestG() {
    while (defer_) {
      rt::Defer* d = defer_;
      defer_ = d->link;
      rt::freedefer(d);
    }
    while (panic_) {
      rt::Panic* p = panic_;
      panic_ = p->link;
      delete p;
    }
  }
};

int chainLength(rt::G* g) {
  int n = 0;
  for (rt::Defer* d = g->defer_; d; d = d->link) n++;
  return n;
}

}  // namespace

TEST(Defer, DeferprocBuildsALifoChainOnTheG) {
  TestG g;
  rt::deferproc(&g, 100, protoAt(1), &fns[0]);
  rt::deferproc(&g, 100, protoAt(1), &fns[1]);
  rt::deferproc(&g, 260, protoAt(2), &fns[2]);  // a callee's frame, higher on the stack
  ASSERT_EQ(chainLength(&g), 3);
  rt::Defer* d = g.defer_;
  EXPECT_EQ(d->fn, &fns[2]);
  EXPECT_EQ(d->sp, 260);
  EXPECT_EQ(d->proto, protoAt(2));
  EXPECT_FALSE(d->started);
  EXPECT_EQ(d->link->fn, &fns[1]);
  EXPECT_EQ(d->link->sp, 100);
  EXPECT_EQ(d->link->link->fn, &fns[0]);
  EXPECT_EQ(d->link->link->link, nullptr);
  TestG other;  // chains belong to their goroutine
  EXPECT_EQ(other.defer_, nullptr);
}

TEST(Defer, FreedRecordsComeBackCleared) {
  rt::Defer* d = rt::newdefer();
  d->sp = 99;
  d->fn = &fns[3];
  d->started = true;
  d->link = d;
  rt::freedefer(d);
  rt::Defer* e = rt::newdefer();  // the pool hands out the freed record, zeroed
  EXPECT_EQ(e->sp, 0);
  EXPECT_EQ(e->fn, nullptr);
  EXPECT_FALSE(e->started);
  EXPECT_EQ(e->link, nullptr);
  EXPECT_EQ(e->panic_, nullptr);
  rt::freedefer(e);
}

TEST(Defer, PanicRunsDeferredCallsNewestFirstAndMarksThemStarted) {
  TestG g;
  g.nested = true;  // with no defer left, leave the panic on g instead of exiting
  rt::deferproc(&g, 100, protoAt(1), &fns[0]);
  rt::deferproc(&g, 200, protoAt(2), &fns[1]);
  rt::gopanicStart(&g, str("boom"));
  rt::Panic* p = g.panic_;
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(strOf(p->arg), "boom");
  rt::FuncVal* fn = nullptr;
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  EXPECT_EQ(fn, &fns[1]);
  EXPECT_TRUE(g.defer_->started);
  EXPECT_EQ(g.defer_->panic_, p);
  int64_t sp = -1;
  vm::Proto* proto = nullptr;
  // The deferred call returned without recovering: its record is gone.
  EXPECT_FALSE(rt::panicDeferReturned(&g, &sp, &proto));
  EXPECT_EQ(chainLength(&g), 1);
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  EXPECT_EQ(fn, &fns[0]);
  EXPECT_FALSE(rt::panicDeferReturned(&g, &sp, &proto));
  EXPECT_EQ(g.defer_, nullptr);
  // Nothing left on a callback g: the panic stays for the calling goroutine.
  EXPECT_FALSE(rt::panicNext(&g, &fn));
  EXPECT_EQ(g.panic_, p);
}

TEST(Defer, RecoverMatchesOnlyTheDeferredCallsOwnFrame) {
  TestG g;
  rt::deferproc(&g, 100, protoAt(1), &fns[0]);
  rt::deferproc(&g, 300, protoAt(3), &fns[1]);
  rt::gopanicStart(&g, str("caught"));
  rt::FuncVal* fn = nullptr;
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  g.panic_->argp = 512;  // the VM runs the deferred call with its frame at 512
  // A function the deferred call calls (another frame) cannot recover.
  EXPECT_EQ(rt::gorecover(&g, 640).type, nullptr);
  EXPECT_EQ(rt::gorecover(&g, 300).type, nullptr);  // nor the frame that deferred it
  EXPECT_FALSE(g.panic_->recovered);
  rt::Eface v = rt::gorecover(&g, 512);
  EXPECT_EQ(strOf(v), "caught");
  EXPECT_TRUE(g.panic_->recovered);
  EXPECT_EQ(rt::gorecover(&g, 512).type, nullptr);  // a second recover gets nil
  // Recovery resumes the frame that deferred the call, at its deferreturn.
  int64_t sp = -1;
  vm::Proto* proto = nullptr;
  ASSERT_TRUE(rt::panicDeferReturned(&g, &sp, &proto));
  EXPECT_EQ(sp, 300);
  EXPECT_EQ(proto, protoAt(3));
  EXPECT_EQ(g.panic_, nullptr);
  // The outer frame's deferred call was not run and is still pending.
  ASSERT_EQ(chainLength(&g), 1);
  EXPECT_EQ(g.defer_->fn, &fns[0]);
  EXPECT_FALSE(g.defer_->started);
}

TEST(Defer, RecoverIsNilWithoutAPanic) {
  TestG g;
  EXPECT_EQ(rt::gorecover(&g, 0).type, nullptr);
  EXPECT_EQ(rt::gorecover(&g, -1).type, nullptr);  // Panic::argp's initial value
}

TEST(Defer, APanicInADeferredCallAbortsTheOneRunningIt) {
  TestG g;
  g.nested = true;
  rt::deferproc(&g, 100, protoAt(1), &fns[0]);
  rt::deferproc(&g, 100, protoAt(1), &fns[1]);
  rt::gopanicStart(&g, str("first"));
  rt::Panic* first = g.panic_;
  rt::FuncVal* fn = nullptr;
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  ASSERT_EQ(fn, &fns[1]);
  first->argp = 400;
  // fns[1] panics itself: the new panic goes on with the older records,
  // skipping (and dropping) the started one, whose panic is now aborted.
  rt::gopanicStart(&g, str("second"));
  rt::Panic* second = g.panic_;
  EXPECT_EQ(second->link, first);
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  EXPECT_EQ(fn, &fns[0]);
  EXPECT_TRUE(first->aborted);
  EXPECT_FALSE(second->aborted);
  EXPECT_EQ(chainLength(&g), 1);
  EXPECT_EQ(g.defer_->panic_, second);
  second->argp = 400;
  EXPECT_EQ(strOf(rt::gorecover(&g, 400)), "second");  // recover gets the newest panic
  int64_t sp = -1;
  vm::Proto* proto = nullptr;
  ASSERT_TRUE(rt::panicDeferReturned(&g, &sp, &proto));
  EXPECT_EQ(sp, 100);
  // Recovering the second panic also ends the first one it aborted.
  EXPECT_EQ(g.panic_, nullptr);
  EXPECT_EQ(g.defer_, nullptr);
}

TEST(Defer, GoexitRunsDeferredCallsButCannotBeRecovered) {
  TestG g;
  rt::deferproc(&g, 100, protoAt(1), &fns[0]);
  rt::goexitStart(&g);
  ASSERT_NE(g.panic_, nullptr);
  EXPECT_TRUE(g.panic_->goexit);
  rt::FuncVal* fn = nullptr;
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  EXPECT_EQ(fn, &fns[0]);
  g.panic_->argp = 200;
  EXPECT_EQ(rt::gorecover(&g, 200).type, nullptr);
  EXPECT_FALSE(g.panic_->recovered);
  int64_t sp = -1;
  vm::Proto* proto = nullptr;
  EXPECT_FALSE(rt::panicDeferReturned(&g, &sp, &proto));
  // No deferred call left: Goexit is done (not fatal) and its record is gone.
  EXPECT_FALSE(rt::panicNext(&g, &fn));
  EXPECT_EQ(g.panic_, nullptr);
}

TEST(Defer, APanicDuringGoexitRunsTheRemainingCalls) {
  TestG g;
  g.nested = true;
  rt::deferproc(&g, 100, protoAt(1), &fns[0]);
  rt::deferproc(&g, 100, protoAt(1), &fns[1]);
  rt::goexitStart(&g);
  rt::FuncVal* fn = nullptr;
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  ASSERT_EQ(fn, &fns[1]);
  rt::gopanicStart(&g, str("inside goexit"));  // fns[1] panics
  ASSERT_TRUE(rt::panicNext(&g, &fn));
  EXPECT_EQ(fn, &fns[0]);
  g.panic_->argp = 64;
  EXPECT_EQ(strOf(rt::gorecover(&g, 64)), "inside goexit");  // a real panic can be recovered
}

TEST(DeferDeathTest, AnUnrecoveredPanicPrintsItsChainAndExits2) {
  // go1.19 prints "panic: first [recovered]\n\tpanic: second" for a panic
  // raised after the first one was recovered, in the same deferred call.
  EXPECT_EXIT(
      {
        TestG g;
        rt::deferproc(&g, 100, protoAt(1), &fns[0]);
        rt::gopanicStart(&g, str("first"));
        rt::FuncVal* fn = nullptr;
        rt::panicNext(&g, &fn);
        g.panic_->argp = 300;
        rt::gorecover(&g, 300);
        rt::gopanicStart(&g, str("second"));
        rt::panicNext(&g, &fn);  // no deferred call left: fatal
      },
      testing::ExitedWithCode(2), "^panic: first \\[recovered\\]\n\tpanic: second\n\ngoroutine 7 \\[running\\]:");
}

TEST(DeferDeathTest, AnAbortedPanicPrintsWithoutRecovered) {
  // go1.19: "panic: first\n\tpanic: second" when a deferred call panics.
  EXPECT_EXIT(
      {
        TestG g;
        rt::deferproc(&g, 100, protoAt(1), &fns[0]);
        rt::gopanicStart(&g, str("first"));
        rt::FuncVal* fn = nullptr;
        rt::panicNext(&g, &fn);
        rt::gopanicStart(&g, str("second"));
        rt::panicNext(&g, &fn);
      },
      testing::ExitedWithCode(2), "^panic: first\n\tpanic: second\n");
}

// ---------------------------------------------------------------- part 2

namespace {

std::string runGo(const std::string& src) {
  Diagnostics diags("t.go");
  auto* pkg = new Package();
  pkg->filename = "t.go";
  if (!parseFile(src, pkg, diags)) return "<syntax error>";
  initUniverse();
  if (!typecheck(pkg, diags)) return "<type error>";
  escapeAnalysis(pkg, false, std::cerr);
  walk(pkg);
  auto* prog = vm::codegen(pkg);
  vm::RunOptions opts;
  opts.filename = "t.go";
  testing::internal::CaptureStdout();  // run() flushes the runtime's buffer to fd 1
  vm::run(prog, opts);
  return testing::internal::GetCapturedStdout();
}

}  // namespace

TEST(DeferRun, RecoverInTheMiddleOfThreeFramesSetsItsNamedResult) {
  // c panics past its two deferred calls; b recovers and sets n; a adds 100.
  EXPECT_EQ(runGo(R"(package main
import "fmt"
func c(out *[]string) {
	defer func() { *out = append(*out, "c1") }()
	defer func() { *out = append(*out, "c2") }()
	panic("deep")
}
func b(out *[]string) (n int) {
	defer func() {
		*out = append(*out, "b-recover")
		if r := recover(); r != nil {
			*out = append(*out, fmt.Sprint("got ", r))
			n = 42
		}
	}()
	n = 1
	c(out)
	return 2
}
func a(out *[]string) int {
	defer func() { *out = append(*out, "a") }()
	return b(out) + 100
}
func main() {
	var out []string
	r := a(&out)
	fmt.Println(r, out)
}
)"),
            "142 [c2 c1 b-recover got deep a]\n");
}

TEST(DeferRun, RecursiveFramesUnwindToTheOneThatRecovers) {
  // Frames 5..0 each defer; frame 2 recovers 5 and returns 50, so 0 returns 52.
  EXPECT_EQ(runGo(R"(package main
import "fmt"
func level(n int, trace *[]int) (res int) {
	defer func() {
		*trace = append(*trace, n)
		if n == 2 {
			if r := recover(); r != nil {
				res = r.(int) * 10
			}
		}
	}()
	if n == 5 {
		panic(n)
	}
	return level(n+1, trace) + 1
}
func main() {
	var t []int
	fmt.Println(level(0, &t), t)
}
)"),
            "52 [5 4 3 2 1 0]\n");
}

TEST(DeferRun, RecoverInAFunctionTheDeferredCallCallsIsNil) {
  // helper is not the deferred call itself, so its recover returns nil; the
  // outer deferred call then recovers directly.
  EXPECT_EQ(runGo(R"(package main
import "fmt"
func helper() interface{} { return recover() }
func f() (s string) {
	defer func() { s = fmt.Sprint("outer: ", recover()) }()
	defer func() { fmt.Println("helper:", helper()) }()
	panic("p")
}
func main() { fmt.Println(f()) }
)"),
            "helper: <nil>\nouter: p\n");
}

TEST(DeferRun, GoexitInGoroutine2RunsItsDefersAndMainRecoversItsOwnPanic) {
  EXPECT_EQ(runGo(R"(package main
import (
	"fmt"
	"runtime"
)
func main() {
	ch := make(chan string, 8)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { ch <- fmt.Sprint("g2 recover: ", recover()) }()
		func() {
			defer func() { ch <- "inner" }()
			runtime.Goexit()
		}()
		ch <- "unreachable"
	}()
	defer func() { fmt.Println("main defer, recover:", recover()) }()
	<-done
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
	var m map[int]int
	m[1] = 1
}
)"),
            "inner\ng2 recover: <nil>\nmain defer, recover: assignment to entry in nil map\n");
}

TEST(DeferRun, EachGoroutineUnwindsItsOwnChain) {
  // Two goroutines panic and recover while main waits with its own deferred
  // call pending; main's defer runs last, at its return.
  EXPECT_EQ(runGo(R"(package main
import "fmt"
func work(id int, res chan<- string) {
	defer func() { res <- fmt.Sprint(id, " recovered ", recover()) }()
	defer func() { res <- fmt.Sprint(id, " unwinding") }()
	var a []int
	_ = a[id]
}
func main() {
	defer fmt.Println("main defer")
	res := make(chan string)
	go work(1, res)
	for i := 0; i < 2; i++ {
		fmt.Println(<-res)
	}
	go work(2, res)
	for i := 0; i < 2; i++ {
		fmt.Println(<-res)
	}
	fmt.Println("main returns")
}
)"),
            "1 unwinding\n1 recovered runtime error: index out of range [1] with length 0\n"
            "2 unwinding\n2 recovered runtime error: index out of range [2] with length 0\n"
            "main returns\nmain defer\n");
}

TEST(DeferRunDeathTest, APanicInGoroutine2EndsTheProgramWithoutMainsDefers) {
  // Goroutine 2 runs its own deferred calls, then the program dies with exit
  // code 2; main's deferred os.Exit(3) never runs.
  EXPECT_EXIT(runGo(R"(package main
import (
	"fmt"
	"os"
	"time"
)
func main() {
	defer os.Exit(3)
	defer fmt.Println("main defer")
	go func() {
		defer println("g2 defer runs")
		func() {
			defer println("g2 inner defer runs")
			panic("from goroutine 2")
		}()
	}()
	time.Sleep(200 * time.Millisecond)
}
)"),
              testing::ExitedWithCode(2),
              "^g2 inner defer runs\ng2 defer runs\npanic: from goroutine 2\n\ngoroutine [0-9]+ \\[running\\]:");
}

TEST(DeferRunDeathTest, RepanicAfterRecoverPrintsRecovered) {
  EXPECT_EXIT(runGo("package main\nfunc main() {\n\tdefer func() {\n\t\trecover()\n\t\tpanic(\"second\")\n\t}()\n"
                    "\tpanic(\"first\")\n}\n"),
              testing::ExitedWithCode(2), "^panic: first \\[recovered\\]\n\tpanic: second\n");
}

TEST(DeferRunDeathTest, GoexitFromMainAfterTheOthersFinishIsADeadlock) {
  // go1.19: main's deferred calls run, then checkdead finds no goroutine.
  EXPECT_EXIT(runGo(R"(package main
import "runtime"
func main() {
	done := make(chan bool)
	go func() { println("worker"); close(done) }()
	<-done
	defer println("main defer")
	runtime.Goexit()
}
)"),
              testing::ExitedWithCode(2),
              "^worker\nmain defer\nfatal error: no goroutines \\(main called runtime.Goexit\\) - deadlock!");
}

TEST(DeferRunDeathTest, GoexitFromMainLetsRunningGoroutinesFinish) {
  // The worker still runs after main's Goexit; once it is done: the deadlock.
  EXPECT_EXIT(runGo(R"(package main
import (
	"runtime"
	"time"
)
func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		println("worker finished")
	}()
	runtime.Goexit()
}
)"),
              testing::ExitedWithCode(2),
              "^worker finished\nfatal error: no goroutines \\(main called runtime.Goexit\\) - deadlock!");
}
