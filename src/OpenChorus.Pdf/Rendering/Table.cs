using PdfSharp.Drawing;

namespace OpenChorus.Pdf.Rendering;

/// <summary>A table column: its header, its share of the table width and how its cells align.</summary>
internal sealed record Column(string Header, double Share, XStringAlignment Align = XStringAlignment.Near);

/// <summary>
/// A table drawn row by row at the canvas cursor: cells wrap, a row that does not fit starts a new page and the
/// header is drawn again at the top of that page.
/// </summary>
internal sealed class Table
{
    private const double Padding = 3;
    private readonly PageCanvas _canvas;
    private readonly IReadOnlyList<Column> _columns;
    private readonly double[] _widths;
    private readonly double _x;

    public Table(PageCanvas canvas, IReadOnlyList<Column> columns, double? left = null, double? width = null)
    {
        _canvas = canvas;
        _columns = columns;
        _x = left ?? PageCanvas.Left;
        var total = width ?? _canvas.Width;
        var shares = _columns.Sum(c => c.Share);
        _widths = _columns.Select(c => total * c.Share / shares).ToArray();
    }

    /// <summary>Draws the header and keeps it repeating on every page until <see cref="End"/>.</summary>
    public void Begin()
    {
        _canvas.Reserve(RowHeight(1) * 3);
        DrawHeader();
        _canvas.OnNewPage = DrawHeader;
    }

    /// <summary>Draws one row; a cell may hold several lines.</summary>
    public void Row(IReadOnlyList<string> cells, bool bold = false)
    {
        var font = bold ? _canvas.Bold : _canvas.Regular;
        var wrapped = cells.Select((cell, i) => _canvas.Wrap(cell, font, _widths[i] - (2 * Padding))).ToList();
        var height = RowHeight(wrapped.Max(w => w.Count));
        _canvas.Reserve(height);
        DrawCells(wrapped, font);
        _canvas.Y += height;
        _canvas.Graphics.DrawLine(PageCanvas.Rule, _x, _canvas.Y, _x + _widths.Sum(), _canvas.Y);
    }

    /// <summary>Stops repeating the header.</summary>
    public void End() => _canvas.OnNewPage = null;

    private void DrawHeader()
    {
        var wrapped = _columns.Select((c, i) => _canvas.Wrap(c.Header, _canvas.Bold, _widths[i] - (2 * Padding))).ToList();
        var height = RowHeight(wrapped.Max(w => w.Count));
        _canvas.Graphics.DrawRectangle(PageCanvas.Shade, _x, _canvas.Y, _widths.Sum(), height);
        DrawCells(wrapped, _canvas.Bold);
        _canvas.Y += height;
    }

    private void DrawCells(List<IReadOnlyList<string>> wrapped, XFont font)
    {
        var left = _x;
        for (var i = 0; i < _columns.Count; i++)
        {
            _canvas.DrawLines(wrapped[i], font, left + Padding, _canvas.Y + Padding, _widths[i] - (2 * Padding), _columns[i].Align);
            left += _widths[i];
        }
    }

    private double RowHeight(int lines) => (lines * PageCanvas.LineHeight(_canvas.Regular)) + (2 * Padding);
}
