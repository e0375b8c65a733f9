using System.CommandLine;
using OpenChorus.Cli.Commands;

// openchorus: recognise, validate and convert e-invoices offline (EN 16931, UBL, CII, Factur-X).
var root = new RootCommand("OpenChorus: recognise and validate e-invoices (EN 16931: UBL, CII, Factur-X) offline.")
{
    DetectCommand.Create(),
    ValidateCommand.Create(),
    ConvertCommand.Create(),
};
return root.Parse(args).Invoke();
