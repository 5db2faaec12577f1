namespace CivicCrm.Open311.Wire;

public enum Open311Format
{
    Xml,
    Json,
}
