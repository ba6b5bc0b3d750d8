// Ledelsesportalen. The composition root is lp::cli (cli/bootstrap.cpp picks the database and wires
// storage, services and the web layer); this file only hands over the command line.
#include "cli/main.hpp"

int main(int argc, char** argv) { return lp::cli::Main(argc, argv); }
