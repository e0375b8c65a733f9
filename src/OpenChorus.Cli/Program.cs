using OpenChorus.Cli;

// openchorus: recognise, validate, convert and render e-invoices offline, and write Factur-X (EN 16931, UBL, CII).
return CliApp.Create().Parse(args).Invoke();
