using System.CommandLine;
using OpenChorus.Cli.Commands;

// openchorus: recognise, validate and render e-invoices offline, and write Factur-X (EN 16931, UBL, CII, Factur-X).
var root = new RootCommand("OpenChorus: recognise, validate and render e-invoices (EN 16931: UBL, CII, Factur-X) and write Factur-X, offline.")
{
    DetectCommand.Create(),
    ValidateCommand.Create(),
    RenderCommand.Create(),
    FacturXCommand.Create(),
};
return root.Parse(args).Invoke();
