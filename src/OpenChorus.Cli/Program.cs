using System.CommandLine;
using OpenChorus.Cli.Commands;

// openchorus: recognise, validate, convert and render e-invoices offline, and write Factur-X (EN 16931, UBL, CII).
var root = new RootCommand("OpenChorus: recognise, validate, convert and render e-invoices (EN 16931: UBL, CII, Factur-X), offline.")
{
    DetectCommand.Create(),
    ValidateCommand.Create(),
    ConvertCommand.Create(),
    RenderCommand.Create(),
    FacturXCommand.Create(),
};
return root.Parse(args).Invoke();
