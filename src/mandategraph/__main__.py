from mandategraph.cli import main

raise SystemExit(main())
