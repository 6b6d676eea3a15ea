"""One module per subcommand: ``add(subparsers)`` declares it, ``run(args)`` calls the library."""
