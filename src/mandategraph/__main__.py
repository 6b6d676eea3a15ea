try:
    from mandategraph.cli import main
except KeyboardInterrupt:  # Ctrl-C while the command is still being loaded
    raise SystemExit(130) from None

raise SystemExit(main())
