#include "cli/logging.hpp"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>
#include <memory>

namespace lp::cli {

void UseBufferedServerLog() {
  // ostream_sink without force_flush writes into std::cout's buffer (stdio's, which is fully
  // buffered when standard output is a pipe or a file, as under systemd or a container).
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(std::cout, false);
  auto logger = std::make_shared<spdlog::logger>("", std::move(sink));
  logger->set_level(spdlog::default_logger()->level());
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(std::move(logger));
  spdlog::flush_every(std::chrono::seconds(1));
}

}  // namespace lp::cli
