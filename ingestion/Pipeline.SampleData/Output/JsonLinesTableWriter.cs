using System.Text.Json;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Output;

/// <summary>A JSON Lines file: one object per row, typed values, ISO dates, JSON columns as nested objects.</summary>
internal sealed class JsonLinesTableWriter : ITableWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly TableLayout layout;
    private readonly Stream stream;
    private readonly Utf8JsonWriter json;

    public JsonLinesTableWriter(Stream stream, TableLayout layout)
    {
        this.layout = layout;
        this.stream = stream;
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void WriteRow(object?[] row, bool extraField = false)
    {
        json.WriteStartObject();
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var column = layout.Columns[i];
            json.WritePropertyName(layout.Style.Header(column));
            WriteValue(column, layout.Style.Adapt(column, row[i], layout.Year));
        }

        if (extraField)
        {
            json.WriteString("champ_inattendu", "valeur en trop");
        }

        json.WriteEndObject();
        json.Flush();
        json.Reset();
        stream.Write(NewLine);
    }

    public void Dispose()
    {
        json.Dispose();
        stream.Dispose();
    }

    private void WriteValue(SchemaColumn column, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text when column.Kind == ColumnKind.Json:
                using (var document = JsonDocument.Parse(text))
                {
                    document.WriteTo(json);
                }

                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
