// environment_test.cpp — process-wide set-up for the unit tests. ctest runs
// every test in its own process, so no test may rely on another having run
// first: the universe (predeclared types) is initialised here, once.
#include <gtest/gtest.h>

#include "frontend/stages.h"

namespace {

class MinigoEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { minigo::initUniverse(); }
};

const auto* const kEnvironment = ::testing::AddGlobalTestEnvironment(new MinigoEnvironment);

}  // namespace
