<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueModel</name>
    <message numerus="yes">
        <source>Closes in %n days</source>
        <translation>
            <numerusform>Closes in %n day</numerusform>
            <numerusform>Closes in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
