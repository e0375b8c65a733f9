using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Tests.Validation;

namespace OpenChorus.Formats.Tests.Cii;

/// <summary>The VAT tax point date (BT-7) is a udt:DateString in CII (ram:TaxPointDate is a DateType).</summary>
public class CiiTaxPointDateTests
{
    [Fact]
    public void Read_TaxPointDateAsDateString_ReadsTheDate()
    {
        var xml = CiiSamples.With("<ram:CategoryCode>S</ram:CategoryCode>\n        <ram:RateApplicablePercent>20</ram:RateApplicablePercent>\n      </ram:ApplicableTradeTax>\n      <ram:SpecifiedTradePaymentTerms>",
            "<ram:CategoryCode>S</ram:CategoryCode>\n<ram:TaxPointDate><udt:DateString format=\"102\">20260310</udt:DateString></ram:TaxPointDate>\n<ram:RateApplicablePercent>20</ram:RateApplicablePercent>\n      </ram:ApplicableTradeTax>\n      <ram:SpecifiedTradePaymentTerms>");

        Assert.Equal(new DateOnly(2026, 3, 10), Validate.Xml(xml).Invoice!.TaxPointDate);
    }
}
